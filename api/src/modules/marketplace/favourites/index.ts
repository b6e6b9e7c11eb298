export { eraseFavourites, exportFavouritesOf, favouriteCounts } from './favourites.repository';
export { type PriceDrop, alertPriceDrop } from './price-drop-alerts';
