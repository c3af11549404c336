/**
 * Pictures in articles: checked by their content, re-encoded without metadata, resized
 * for phones, and served with caching.
 */
package org.myositisguide.image;
