/**
 * The read model: JPA entities and repositories over the PostgreSQL index, which the page
 * features read. Written only by the {@code index} package.
 */
package org.myositisguide.catalog;
