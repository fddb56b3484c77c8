/** One page of each type, as a reader meets them. */
export const pageTypes = {
  home: '/',
  'A–Z': '/glossary',
  entry: '/glossary/independent-marketing-organization',
  'entry with a comparison table': '/glossary/medicare-advantage',
  topics: '/topics',
  topic: '/topics/medicare',
  search: '/search?q=annuity',
  'trust page': '/editorial-policy',
  'not found': '/no-such-page',
};
