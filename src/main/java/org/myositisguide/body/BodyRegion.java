package org.myositisguide.body;

import org.myositisguide.content.SiteUrls;
import java.util.Arrays;
import java.util.Optional;

/**
 * The body regions an article can name in {@code affects}, each with a plain sentence on
 * why it matters in myositis, its shape on the front-view diagram (SVG path data in a 200
 * x 420 box) and where its name is written beside the diagram.
 */
public enum BodyRegion {

	NECK("neck", "Neck", "Weak neck muscles can make your head feel heavy, or hard to lift from the pillow.",
			"M84 58h32v20H84z", new MapLabel("Neck", true, 66, 84, 68)),

	THROAT("throat", "Throat and swallowing",
			"Weak throat muscles can make swallowing hard, and cause coughing or choking when you eat or drink.",
			"M100 80m-16 0a16 9 0 1 0 32 0a16 9 0 1 0-32 0", new MapLabel("Throat", false, 84, 116, 82)),

	SHOULDERS("shoulders", "Shoulders",
			"Myositis often weakens the big muscles around the shoulders, so lifting your arms to brush your hair "
					+ "or reach a shelf gets hard.",
			"M46 104a18 16 0 0 1 22-20h6v24H48zM154 104a18 16 0 0 0-22-20h-6v24h26z",
			new MapLabel("Shoulders", true, 98, 50, 98)),

	UPPER_ARMS("upper-arms", "Upper arms", "Weak upper arm muscles make it hard to lift, carry or push yourself up.",
			"M36 110h20v62H36zM144 110h20v62h-20z", new MapLabel("Upper arms", true, 140, 36, 140)),

	SKIN("skin", "Skin",
			"Dermatomyositis causes rashes, often on the eyelids, knuckles, chest or upper back, and the skin "
					+ "can be itchy or sore in sunlight.",
			"M70 92h60v128H70z", new MapLabel("Skin", false, 205, 130, 205)),

	LUNGS("lungs", "Lungs",
			"Some kinds of myositis, especially antisynthetase syndrome, can scar the lungs and cause "
					+ "breathlessness or a dry cough.",
			"M86 124m-12 0a12 20 0 1 0 24 0a12 20 0 1 0-24 0M114 124m-12 0a12 20 0 1 0 24 0a12 20 0 1 0-24 0",
			new MapLabel("Lungs", false, 124, 126, 124)),

	HEART("heart", "Heart",
			"Now and then myositis affects the heart muscle or its rhythm, which can cause palpitations, "
					+ "breathlessness or chest pain.",
			"M100 172m-11 0a11 11 0 1 0 22 0a11 11 0 1 0-22 0", new MapLabel("Heart", false, 172, 111, 172)),

	HANDS("hands", "Hands",
			"A weak grip is an early sign of inclusion body myositis; in dermatomyositis and antisynthetase "
					+ "syndrome the skin of the hands can change.",
			"M44 262m-13 0a13 15 0 1 0 26 0a13 15 0 1 0-26 0M156 262m-13 0a13 15 0 1 0 26 0a13 15 0 1 0-26 0",
			new MapLabel("Hands", true, 268, 31, 264)),

	HIPS("hips", "Hips",
			"Weak hip muscles make it hard to climb stairs or get up from a low chair, and can change the "
					+ "way you walk.",
			"M68 222h64v34H68z", new MapLabel("Hips", true, 238, 68, 238)),

	THIGHS("thighs", "Thighs",
			"The thigh muscles help you stand up and climb; in inclusion body myositis the front of the thigh "
					+ "often weakens early.",
			"M68 258h30v76H68zM102 258h30v76h-30z", new MapLabel("Thighs", true, 300, 68, 300));

	private final String slug;

	private final String label;

	private final String why;

	private final String shape;

	private final MapLabel mapLabel;

	BodyRegion(String slug, String label, String why, String shape, MapLabel mapLabel) {
		this.slug = slug;
		this.label = label;
		this.why = why;
		this.shape = shape;
		this.mapLabel = mapLabel;
	}

	/** Where the region's name is written beside the diagram. */
	public MapLabel mapLabel() {
		return this.mapLabel;
	}

	/**
	 * A region's name beside the diagram, with a line to the region.
	 *
	 * @param text the short name written on the diagram
	 * @param left whether it is written to the left of the body (else to the right)
	 * @param y the height of the name
	 * @param pointX where the line meets the region
	 * @param pointY where the line meets the region
	 */
	public record MapLabel(String text, boolean left, int y, int pointX, int pointY) {

		/** The x of the name's end nearest the body. */
		public int textX() {
			return this.left ? 14 : 186;
		}

		/** Where the line starts, beside the name. */
		public int lineX() {
			return this.left ? 18 : 182;
		}

	}

	public String slug() {
		return this.slug;
	}

	public String label() {
		return this.label;
	}

	public String why() {
		return this.why;
	}

	public String shape() {
		return this.shape;
	}

	public String url() {
		return SiteUrls.bodyRegion(this.slug);
	}

	public static Optional<BodyRegion> of(String slug) {
		return Arrays.stream(values()).filter((r) -> r.slug.equals(slug)).findFirst();
	}

}
