/**
 * The database connection: an embedded PostgreSQL by default, an external one when
 * configured.
 */
package org.myositisguide.db;
