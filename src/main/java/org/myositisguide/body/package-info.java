/**
 * Browse by where it hurts: a body diagram whose regions link to the articles that name
 * them in their {@code affects} front matter.
 */
package org.myositisguide.body;
