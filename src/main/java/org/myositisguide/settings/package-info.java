/**
 * The site's settings ({@code site.*}), bound once and read by every feature.
 */
package org.myositisguide.settings;
