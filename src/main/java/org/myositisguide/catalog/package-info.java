/**
 * The read model: repositories (Spring's JdbcClient) returning records over the
 * PostgreSQL index, which the page features read. Written only by the {@code index}
 * package.
 */
package org.myositisguide.catalog;
