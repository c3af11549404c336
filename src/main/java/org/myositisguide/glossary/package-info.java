/**
 * The glossary: {@code /glossary} and {@code /glossary/{slug}}.
 */
package org.myositisguide.glossary;
