/**
 * Builds the PostgreSQL index from the content folder, in one transaction per run.
 */
package org.myositisguide.index;
