package org.myositisguide.index;

/**
 * The version of the content folder when it is a git working copy shared through a remote
 * (which keeps it up to date): the indexer records the commit it indexed, and refuses a
 * folder older than the index (an instance that could not fetch).
 */
public interface ContentVersion {

	/** The commit the working copy is at. */
	String head();

	/** Whether {@code newer} is {@code older} or has it in its history. */
	boolean contains(String newer, String older);

}
