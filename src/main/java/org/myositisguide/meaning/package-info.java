/**
 * Search by meaning: a small sentence-embedding model run in process, the passages'
 * vectors kept in PostgreSQL by text hash and embedded in the background, and the nearest
 * passages to a query found in memory.
 */
package org.myositisguide.meaning;
