// What items in each leaf of the API's category tree (api/src/modules/marketplace/categories) are
// called, by whom they are made and how sellers describe them: the demo data's listings and the
// category-suggestion model's training corpus come from here. The attribute values restate the API's
// attribute definitions (a test in the API checks every generated listing against them).

export interface LeafVocabulary {
  /** What the thing is ("road bike", "hoodie"). */
  items: readonly string[];
  brands?: readonly string[];
  /** Words that describe it in this category ("carbon", "first edition"). */
  details?: readonly string[];
  /** Median price in EUR; prices spread log-normally around it. */
  medianEur: number;
  /** Attribute values by key, each drawn at random (a function may use the chosen brand). */
  attributes?: Record<string, readonly (string | number)[]>;
}

const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl'];

export const VOCABULARY: Record<string, LeafVocabulary> = {
  phones: {
    items: ['smartphone', 'phone', 'mobile phone', 'iPhone', 'Galaxy', 'Pixel', 'flip phone'],
    brands: ['Apple', 'Samsung', 'Google', 'Xiaomi', 'OnePlus', 'Nokia', 'Motorola', 'Fairphone'],
    details: ['unlocked', 'dual SIM', '5G', '128GB', '256GB', 'with case', 'screen protector', 'battery 90%'],
    medianEur: 220,
    attributes: { storage_gb: [64, 128, 256, 512] },
  },
  computers: {
    items: ['laptop', 'notebook', 'MacBook', 'tablet', 'iPad', 'desktop PC', 'monitor', 'keyboard', 'Chromebook'],
    brands: ['Apple', 'Lenovo', 'Dell', 'HP', 'Asus', 'Acer', 'Microsoft', 'Samsung'],
    details: ['16GB RAM', 'SSD', 'i7', 'M1', 'Retina', '15 inch', 'with charger', 'Windows 11'],
    medianEur: 400,
  },
  cameras: {
    items: ['camera', 'camera body', 'DSLR', 'mirrorless camera', 'lens', 'film camera', 'compact camera', 'tripod', 'zoom lens'],
    brands: ['Canon', 'Nikon', 'Sony', 'Fujifilm', 'Olympus', 'Leica', 'Panasonic', 'Pentax'],
    details: ['EOS 5D', '50mm f/1.8', 'shutter count 12k', 'full frame', '35mm', 'with strap', 'EF mount', 'X-T3'],
    medianEur: 350,
  },
  audio: {
    items: ['headphones', 'earbuds', 'speaker', 'Bluetooth speaker', 'soundbar', 'amplifier', 'turntable', 'hi-fi system'],
    brands: ['Sony', 'Bose', 'Sennheiser', 'JBL', 'Marshall', 'Bang & Olufsen', 'Audio-Technica', 'Yamaha'],
    details: ['noise cancelling', 'wireless', 'over-ear', 'in-ear', 'stereo', 'with cable', 'WH-1000XM4', 'QuietComfort'],
    medianEur: 90,
  },
  gaming: {
    items: ['console', 'PlayStation 5', 'Nintendo Switch', 'Xbox', 'controller', 'video game', 'game', 'gaming headset'],
    brands: ['Sony', 'Nintendo', 'Microsoft', 'Sega', 'Razer', 'Logitech'],
    details: ['with two controllers', 'Zelda', 'FIFA', 'Mario Kart', 'PS4', 'Game Boy', 'boxed', 'digital edition'],
    medianEur: 120,
  },
  'electronics-other': {
    items: ['smartwatch', 'drone', 'e-reader', 'charger', 'power bank', 'router', 'projector', 'GPS'],
    brands: ['Garmin', 'DJI', 'Kindle', 'Anker', 'TP-Link', 'Epson', 'TomTom'],
    details: ['USB-C', 'with cables', 'Wi-Fi', 'boxed', 'spare battery'],
    medianEur: 60,
  },
  'womens-clothing': {
    items: ['dress', 'women’s jacket', 'blouse', 'skirt', 'women’s jeans', 'coat', 'jumper', 'cardigan', 'summer dress'],
    brands: ['Zara', 'H&M', 'Mango', 'Sézane', 'COS', 'Uniqlo', 'Levi’s', 'Massimo Dutti'],
    details: ['floral', 'silk', 'wool', 'linen', 'midi', 'maxi', 'size S', 'size M', 'ladies'],
    medianEur: 25,
    attributes: { size: SIZES },
  },
  'mens-clothing': {
    items: ['men’s shirt', 'men’s jacket', 'suit', 'hoodie', 'men’s jeans', 'blazer', 'polo shirt', 'chinos', 'parka'],
    brands: ['Levi’s', 'Ralph Lauren', 'Hugo Boss', 'Uniqlo', 'Patagonia', 'Tommy Hilfiger', 'Carhartt', 'The North Face'],
    details: ['slim fit', 'cotton', 'wool', 'for men', 'size L', 'size XL', 'waterproof', 'denim'],
    medianEur: 35,
    attributes: { size: SIZES },
  },
  shoes: {
    items: ['sneakers', 'trainers', 'running shoes', 'boots', 'ankle boots', 'sandals', 'heels', 'loafers', 'hiking boots'],
    brands: ['Nike', 'Adidas', 'Asics', 'Veja', 'Dr. Martens', 'New Balance', 'Converse', 'Salomon'],
    details: ['EU 42', 'EU 38', 'leather', 'suede', 'worn twice', 'Air Max', 'Stan Smith', 'Gel-Kayano'],
    medianEur: 45,
    attributes: { eu_size: [36, 37, 38, 39, 40, 41, 42, 42.5, 43, 44, 45, 46] },
  },
  bags: {
    items: ['handbag', 'backpack', 'tote bag', 'shoulder bag', 'wallet', 'suitcase', 'clutch', 'crossbody bag'],
    brands: ['Longchamp', 'Michael Kors', 'Eastpak', 'Samsonite', 'Coach', 'Fjällräven', 'Kånken'],
    details: ['leather', 'canvas', 'cabin size', 'with dust bag', 'black', 'tan'],
    medianEur: 50,
  },
  jewellery: {
    items: ['watch', 'necklace', 'ring', 'bracelet', 'earrings', 'pendant', 'wristwatch', 'brooch'],
    brands: ['Swatch', 'Seiko', 'Casio', 'Pandora', 'Swarovski', 'Tissot', 'Fossil', 'Omega'],
    details: ['gold', 'sterling silver', '925', 'automatic', 'quartz', 'pearl', '18k', 'diamond'],
    medianEur: 70,
  },
  'fashion-other': {
    items: ['scarf', 'hat', 'sunglasses', 'belt', 'gloves', 'cap', 'tie', 'beanie'],
    brands: ['Ray-Ban', 'Hermès', 'Burberry', 'Oakley', 'Acne Studios'],
    details: ['wool', 'cashmere', 'leather', 'polarised', 'knitted'],
    medianEur: 20,
  },
  furniture: {
    items: ['sofa', 'armchair', 'dining table', 'chair', 'bookshelf', 'wardrobe', 'desk', 'bed frame', 'chest of drawers', 'coffee table'],
    brands: ['IKEA', 'Habitat', 'Vitra', 'Muuto', 'HAY', 'BoConcept'],
    details: ['oak', 'walnut', 'teak', 'mid-century', 'three-seater', 'extendable', 'pick-up only', 'solid wood'],
    medianEur: 120,
    attributes: { material: ['wood', 'metal', 'plastic', 'glass', 'fabric', 'leather'] },
  },
  kitchen: {
    items: ['coffee machine', 'espresso machine', 'blender', 'stand mixer', 'cast iron pan', 'knife set', 'toaster', 'kettle', 'dinner set'],
    brands: ['KitchenAid', 'De’Longhi', 'Le Creuset', 'Nespresso', 'Smeg', 'Bosch', 'Tefal', 'Moulinex'],
    details: ['stainless steel', 'cast iron', '24 cm', 'barely used', 'ceramic', '6 pieces'],
    medianEur: 60,
  },
  decor: {
    items: ['lamp', 'floor lamp', 'mirror', 'rug', 'vase', 'candle holder', 'cushions', 'curtains', 'wall clock', 'picture frame'],
    brands: ['IKEA', 'Maisons du Monde', 'Muuto', 'Flos', 'Louis Poulsen'],
    details: ['brass', 'ceramic', 'vintage', 'Scandinavian', 'handmade', 'wool', 'boho'],
    medianEur: 35,
  },
  garden: {
    items: ['lawn mower', 'garden chairs', 'barbecue', 'planter', 'hedge trimmer', 'parasol', 'garden hose', 'greenhouse', 'watering can'],
    brands: ['Weber', 'Bosch', 'Gardena', 'Husqvarna', 'Stihl'],
    details: ['cordless', 'petrol', 'terracotta', 'folding', 'charcoal', 'gas'],
    medianEur: 70,
  },
  'home-other': {
    items: ['vacuum cleaner', 'iron', 'heater', 'fan', 'dehumidifier', 'air purifier', 'sewing machine'],
    brands: ['Dyson', 'Philips', 'Rowenta', 'Singer', 'Karcher'],
    details: ['cordless', 'bagless', 'quiet', 'with accessories'],
    medianEur: 60,
  },
  fiction: {
    items: ['novel', 'paperback', 'hardback novel', 'crime novel', 'fantasy series', 'romance novel', 'science fiction book', 'thriller'],
    details: ['first edition', 'signed', 'box set', 'trilogy', 'Harry Potter', 'Agatha Christie', 'Tolkien', 'Stephen King'],
    medianEur: 8,
    attributes: { author: ['J.K. Rowling', 'Agatha Christie', 'J.R.R. Tolkien', 'Stephen King', 'Elena Ferrante', 'Haruki Murakami'], language: LANGUAGES },
  },
  'non-fiction': {
    items: ['cookbook', 'biography', 'history book', 'textbook', 'travel guide', 'self-help book', 'atlas', 'art book'],
    details: ['hardcover', 'illustrated', 'Lonely Planet', 'Ottolenghi', 'second edition', 'university'],
    medianEur: 12,
    attributes: { author: ['Yotam Ottolenghi', 'Yuval Noah Harari', 'Michelle Obama', 'Mary Beard'], language: LANGUAGES },
  },
  comics: {
    items: ['comic', 'manga', 'graphic novel', 'comic book', 'bande dessinée', 'manga volumes'],
    details: ['One Piece', 'Naruto', 'Tintin', 'Asterix', 'Marvel', 'Batman', 'volumes 1-10', 'complete series'],
    medianEur: 15,
    attributes: { author: ['Hergé', 'Eiichiro Oda', 'Goscinny', 'Alan Moore'], language: LANGUAGES },
  },
  'books-other': {
    items: ['magazines', 'sheet music book', 'children’s books', 'dictionary', 'encyclopedia', 'calendar'],
    details: ['lot of', 'bundle', 'collection', 'National Geographic'],
    medianEur: 10,
  },
  bikes: {
    items: ['road bike', 'mountain bike', 'city bike', 'e-bike', 'gravel bike', 'folding bike', 'bicycle', 'cargo bike', 'kids bike'],
    brands: ['Trek', 'Specialized', 'Giant', 'Cannondale', 'Brompton', 'Gazelle', 'Cube', 'Canyon'],
    details: ['carbon', 'aluminium frame', 'Shimano', '21 speed', 'disc brakes', '28 inch', 'steel frame', 'size M frame'],
    medianEur: 450,
    attributes: { frame_size: ['XS', 'S', 'M', 'L', 'XL'] },
  },
  fitness: {
    items: ['dumbbells', 'kettlebell', 'yoga mat', 'treadmill', 'exercise bike', 'weight bench', 'rowing machine', 'resistance bands'],
    brands: ['Decathlon', 'Domyos', 'Concept2', 'Bowflex', 'Technogym', 'Reebok'],
    details: ['2 x 10 kg', 'adjustable', 'foldable', 'home gym', 'barely used'],
    medianEur: 80,
  },
  outdoor: {
    items: ['tent', 'sleeping bag', 'hiking backpack', 'camping stove', 'climbing harness', 'kayak', 'trekking poles', 'camping chair'],
    brands: ['Quechua', 'MSR', 'Osprey', 'Black Diamond', 'Vaude', 'Jack Wolfskin', 'Fjällräven'],
    details: ['2 person', '4 season', '65 litre', 'ultralight', 'waterproof', 'down'],
    medianEur: 70,
  },
  'sports-other': {
    items: ['tennis racket', 'football', 'golf clubs', 'skis', 'snowboard', 'ice skates', 'surfboard', 'skateboard'],
    brands: ['Wilson', 'Babolat', 'Head', 'Rossignol', 'Burton', 'Callaway', 'Salomon'],
    details: ['with bag', 'junior', '160 cm', 'set of', 'waxed'],
    medianEur: 60,
  },
  'toys-games': {
    items: ['LEGO set', 'board game', 'puzzle', 'doll', 'action figure', 'remote control car', 'train set', 'card game', 'plush toy'],
    brands: ['LEGO', 'Playmobil', 'Hasbro', 'Mattel', 'Ravensburger', 'Barbie', 'Hot Wheels'],
    details: ['complete', '1000 pieces', 'Star Wars', 'Technic', 'Catan', 'Monopoly', 'ages 8+', 'boxed'],
    medianEur: 25,
  },
  baby: {
    items: ['pram', 'stroller', 'car seat', 'high chair', 'baby carrier', 'cot', 'baby clothes', 'changing table', 'baby monitor'],
    brands: ['Bugaboo', 'Cybex', 'Maxi-Cosi', 'Stokke', 'Ergobaby', 'Joie', 'Chicco'],
    details: ['newborn', 'Isofix', 'Tripp Trapp', 'bundle', '0-6 months', 'foldable'],
    medianEur: 80,
    attributes: { age: ['0-12m', '1-3y', '3-6y', '6-12y'] },
  },
  'toys-other': {
    items: ['children’s bike', 'scooter', 'trampoline', 'swing', 'play kitchen', 'wooden toys', 'dress-up costume'],
    brands: ['Micro', 'Djeco', 'Janod', 'Hape'],
    details: ['wooden', 'outdoor', 'for toddlers', 'lot'],
    medianEur: 30,
  },
  'coins-stamps': {
    items: ['coin', 'silver coin', 'stamp collection', 'stamps', 'banknote', 'coin set', 'gold coin', 'stamp album'],
    details: ['1 franc', 'euro', 'commemorative', 'uncirculated', 'mint', 'Victorian', 'first day cover', 'Roman'],
    medianEur: 40,
    attributes: { year: [1850, 1900, 1936, 1962, 1978, 1999, 2002, 2012] },
  },
  'trading-cards': {
    items: ['Pokémon cards', 'trading cards', 'Magic: The Gathering cards', 'booster box', 'Yu-Gi-Oh cards', 'football stickers', 'card binder'],
    brands: ['Pokémon', 'Panini', 'Topps', 'Wizards of the Coast'],
    details: ['holo', 'first edition', 'PSA 9', 'Charizard', 'sealed', 'rare', 'graded'],
    medianEur: 35,
  },
  art: {
    items: ['oil painting', 'print', 'watercolour', 'poster', 'lithograph', 'sculpture', 'drawing', 'canvas'],
    details: ['signed', 'framed', 'original', 'limited edition', 'abstract', 'landscape', 'portrait', '50 x 70'],
    medianEur: 90,
  },
  antiques: {
    items: ['antique clock', 'porcelain', 'antique chair', 'silverware', 'gramophone', 'oil lamp', 'chest', 'typewriter'],
    details: ['19th century', 'Victorian', 'Art Deco', 'Louis XV', 'antique', 'Art Nouveau', 'restored'],
    medianEur: 150,
  },
  'collectibles-other': {
    items: ['model car', 'figurine', 'vintage postcards', 'movie poster', 'vinyl figure', 'autograph', 'enamel pin'],
    brands: ['Funko', 'Hot Wheels', 'Matchbox', 'Corgi'],
    details: ['1:18', 'boxed', 'limited', 'collector’s'],
    medianEur: 30,
  },
  'car-parts': {
    items: ['alloy wheels', 'tyres', 'car battery', 'headlight', 'brake discs', 'roof box', 'car seat covers', 'wing mirror', 'exhaust'],
    brands: ['Michelin', 'Bosch', 'Thule', 'Continental', 'Brembo', 'Pirelli', 'Varta'],
    details: ['17 inch', '205/55 R16', 'winter tyres', 'fits Golf', 'fits Clio', 'OEM', 'BMW E46'],
    medianEur: 90,
    attributes: { make: ['Volkswagen', 'Renault', 'BMW', 'Peugeot', 'Ford', 'Toyota'] },
  },
  'motorbike-parts': {
    items: ['motorcycle helmet', 'motorbike jacket', 'exhaust', 'motorcycle gloves', 'top box', 'motorbike boots', 'chain kit'],
    brands: ['Shoei', 'AGV', 'Arai', 'Akrapovič', 'Alpinestars', 'Dainese', 'Givi'],
    details: ['full face', 'leather', 'Ducati', 'Yamaha MT-07', 'Kawasaki', 'size M'],
    medianEur: 120,
    attributes: { make: ['Yamaha', 'Honda', 'Kawasaki', 'Ducati', 'BMW', 'Triumph'] },
  },
  'vehicles-other': {
    items: ['bike rack', 'trailer', 'car charger cable', 'jump starter', 'snow chains', 'dashcam'],
    brands: ['Thule', 'Garmin', 'Nextbase'],
    details: ['towbar', 'Type 2', 'universal'],
    medianEur: 60,
  },
  instruments: {
    items: ['acoustic guitar', 'electric guitar', 'bass guitar', 'digital piano', 'keyboard', 'violin', 'drum kit', 'ukulele', 'saxophone', 'synthesizer'],
    brands: ['Fender', 'Gibson', 'Yamaha', 'Roland', 'Korg', 'Ibanez', 'Epiphone', 'Pearl'],
    details: ['Stratocaster', 'Les Paul', 'with case', 'with amp', '88 keys', '4/4', 'tuned', 'new strings'],
    medianEur: 250,
  },
  records: {
    items: ['vinyl record', 'LP', 'vinyl', 'CD', 'album', 'record collection', 'single', 'box set'],
    details: ['first pressing', 'The Beatles', 'Pink Floyd', 'jazz', 'David Bowie', 'Miles Davis', 'remastered', '180g'],
    medianEur: 20,
    attributes: { artist: ['The Beatles', 'Pink Floyd', 'David Bowie', 'Miles Davis', 'Daft Punk', 'Fleetwood Mac'], format: ['LP', 'EP', 'single', 'CD', 'cassette'] },
  },
  'music-other': {
    items: ['microphone', 'audio interface', 'guitar pedal', 'music stand', 'DJ controller', 'studio monitors', 'metronome'],
    brands: ['Shure', 'Focusrite', 'Boss', 'Pioneer', 'Behringer', 'Rode'],
    details: ['SM58', 'USB', 'overdrive', 'with stand', 'XLR'],
    medianEur: 80,
  },
  other: {
    items: ['gift card', 'concert tickets', 'bundle', 'mixed lot', 'office supplies', 'pet carrier', 'aquarium', 'craft supplies'],
    details: ['lot', 'various', 'assorted', 'job lot'],
    medianEur: 25,
  },
};

/** Words any seller uses in any category: they carry no signal, and the model must learn to ignore them. */
export const COMMON_WORDS = ['vintage', 'like new', 'great condition', 'barely used', 'rare', 'cheap', 'must go', 'perfect', 'original', 'black', 'white', 'good as new'];

/** Where demo sellers are: a dozen European cities (the API blurs points to about 1 km anyway). */
export const CITIES: readonly { place: string; lat: number; lng: number }[] = [
  { place: 'Paris', lat: 48.8566, lng: 2.3522 },
  { place: 'Berlin', lat: 52.52, lng: 13.405 },
  { place: 'Madrid', lat: 40.4168, lng: -3.7038 },
  { place: 'Rome', lat: 41.9028, lng: 12.4964 },
  { place: 'Amsterdam', lat: 52.3676, lng: 4.9041 },
  { place: 'Brussels', lat: 50.8503, lng: 4.3517 },
  { place: 'Vienna', lat: 48.2082, lng: 16.3738 },
  { place: 'Lisbon', lat: 38.7223, lng: -9.1393 },
  { place: 'Warsaw', lat: 52.2297, lng: 21.0122 },
  { place: 'Copenhagen', lat: 55.6761, lng: 12.5683 },
  { place: 'Lyon', lat: 45.764, lng: 4.8357 },
  { place: 'Munich', lat: 48.1351, lng: 11.582 },
];
