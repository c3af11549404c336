/**
 * Clinical reviews: which named health professional reviewed which version of an article,
 * and when, as recorded by editors. Never taken from content files, never invented.
 */
package org.myositisguide.review;
