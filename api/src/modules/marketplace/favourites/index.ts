export { eraseFavourites, exportFavouritesOf, favouriteCounts } from './favourites.repository';
export { alertPriceDrop } from './price-drop-alerts';
