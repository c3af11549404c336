/**
 * Reading the content folder: front matter, Markdown, validation and derived fields.
 * Knows nothing about HTTP or SQL.
 */
package org.myositisguide.content;
