/**
 * Article pages: {@code /articles/{slug}}.
 */
package org.myositisguide.article;
