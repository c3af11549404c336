/**
 * Browse by part of the body (where a reader notices weakness or other changes): a body
 * diagram whose regions link to the articles that name them in their {@code affects}
 * front matter.
 */
package org.myositisguide.body;
