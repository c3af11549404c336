/**
 * What readers tell us: reports of mistakes or problems on a page, kept in PostgreSQL for
 * editors, with no cookie and no address stored.
 */
package org.myositisguide.feedback;
