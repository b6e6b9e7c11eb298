export { runSavedSearchDigests } from './saved-search-digests';
export { eraseSavedSearches, exportSavedSearchesOf } from './saved-searches.repository';
export { matchNewListing } from './saved-searches.service';
