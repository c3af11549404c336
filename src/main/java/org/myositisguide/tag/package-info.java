/**
 * Topic pages: {@code /tags} and {@code /tags/{slug}}.
 */
package org.myositisguide.tag;
