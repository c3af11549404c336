/**
 * The home page.
 */
package org.myositisguide.home;
