/**
 * What every page shares: the layout model, error pages and HTTP-level concerns.
 */
package org.myositisguide.web;
