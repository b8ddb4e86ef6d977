/**
 * What a form sent back needs (the page, its texts in one language, the site with the
 * directory): loaded only when a post comes back with something to fix, never for one that
 * is accepted. One module behind one dynamic import: the bundler cuts the code a cold start
 * loads along every lazy boundary that shares it, and three of them cut it into five small
 * files, each a read, a compile and a source map at init.
 */
export { renderComplaintForm } from '../templates/site/pages/complaint-form';
export { loadPageText } from '../templates/site/i18n/load';
export { siteWith } from './public-site';
