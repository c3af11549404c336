/**
 * Pages about the site itself: {@code /about} and {@code /about/{slug}}.
 */
package org.myositisguide.about;
