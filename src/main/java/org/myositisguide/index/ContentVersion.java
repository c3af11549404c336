package org.myositisguide.index;

/**
 * The version of the content folder when it is a git working copy shared through a
 * remote: the indexer brings it up to date before each run, records the commit it
 * indexed, and refuses a folder older than the index (an instance that could not fetch).
 */
public interface ContentVersion {

	/** Fetches from the remote and fast-forwards the working copy; true when it moved. */
	boolean update();

	/** The commit the working copy is at. */
	String head();

	/** Whether {@code newer} is {@code older} or has it in its history. */
	boolean contains(String newer, String older);

}
