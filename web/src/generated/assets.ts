// Written by web/build.ts: the built stylesheet and script, for pages the API renders.
export const ASSETS = {
  'css': '/assets/styles-qRnTvW8q.css',
  'js': '/assets/site-DqvUy_ti.js'
} as const;
