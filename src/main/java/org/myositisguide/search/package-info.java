/**
 * Search for lay words: query analysis (synonyms, aliases, typo correction), ranking with
 * a relevance floor, snippets, the HTML page and the JSON API.
 */
package org.myositisguide.search;
