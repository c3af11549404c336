/**
 * Content as a git working copy shared through a remote ({@code site.content-remote}):
 * several instances, each with its own clone, stay in step and never lose a save.
 */
package org.myositisguide.gitcontent;
