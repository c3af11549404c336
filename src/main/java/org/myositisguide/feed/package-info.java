/**
 * For machines: {@code /sitemap.xml}, {@code /robots.txt} and the Atom feed.
 */
package org.myositisguide.feed;
