package org.myositisguide.meaning;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.myositisguide.settings.SiteProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one owner of the embedding model: quantized all-MiniLM-L6-v2 (384 dimensions) on
 * ONNX Runtime, loaded from its jar in the background at start. Each text is embedded on
 * one thread (so that a reader's query never waits behind a batch using every core);
 * batches of passages run on a few threads of their own. Until the model is ready, or if
 * it cannot load, it embeds nothing and search works by words alone.
 */
@Component
public class Embedder implements DisposableBean {

	static final int DIMENSIONS = 384;

	private static final Log logger = LogFactory.getLog(Embedder.class);

	private final ExecutorService batches;

	private final Cache<String, float[]> queries = Caffeine.newBuilder().maximumSize(20_000).build();

	private volatile Model model;

	/** How long closing waits for a model that is still loading. */
	private static final Duration LOADER_WAIT = Duration.ofSeconds(60);

	private volatile String state;

	private final String name;

	/** Loads the model in the background; null when search by meaning is off. */
	private Thread loader;

	Embedder(SiteProperties properties) {
		this.name = properties.meaning().model();
		int threads = properties.meaning().embeddingThreads();
		this.batches = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "embedding");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
		if (properties.meaning().enabled()) {
			this.state = "loading";
			this.loader = new Thread(this::load, "embedding-model-loader");
			this.loader.setDaemon(true);
			this.loader.start();
		}
		else {
			this.state = "off (site.meaning.enabled=false)";
		}
	}

	private void load() {
		long start = System.nanoTime();
		try {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			byte[] onnx;
			try (InputStream in = resource(this.name + ".onnx")) {
				onnx = in.readAllBytes();
			}
			OrtSession session = environment.createSession(onnx, options);
			OnnxBertBiEncoder encoder;
			try (InputStream tokenizer = resource(this.name + "-tokenizer.json")) {
				encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
			}
			Model loaded = new Model(this.batches, encoder);
			loaded.embed(TextSegment.from("warm up"));
			this.model = loaded;
			this.state = "ready";
			logger.info("Embedding model " + this.name + " ready in "
					+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
		}
		catch (Exception | LinkageError ex) {
			this.state = "failed to load: " + ex;
			logger.warn("Search by meaning is off: the embedding model did not load (" + ex
					+ "); search works by words alone");
		}
	}

	private static InputStream resource(String name) {
		InputStream in = AbstractInProcessEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException(name + " is not on the class path");
		}
		return in;
	}

	/** The model's name, stored with each vector. */
	public String model() {
		return this.name;
	}

	/** Whether texts can be embedded now. */
	public boolean ready() {
		return this.model != null;
	}

	/** "ready", "loading", "off ..." or "failed to load: ...". */
	public String state() {
		return this.state;
	}

	/**
	 * A query's unit vector, remembered (many readers ask the same questions), or null
	 * while the model is not ready.
	 */
	public float[] query(String text) {
		Model current = this.model;
		if (current == null) {
			return null;
		}
		return this.queries.get(text, (t) -> current.vector(t));
	}

	/** Unit vectors of passages' texts, in order (several threads). */
	List<float[]> passages(List<String> texts) {
		Model current = this.model;
		if (current == null) {
			throw new IllegalStateException("The embedding model is " + this.state);
		}
		List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
		List<float[]> vectors = new ArrayList<>();
		for (Embedding embedding : current.embedAll(segments).content()) {
			vectors.add(unit(embedding.vector()));
		}
		return vectors;
	}

	/** The vector scaled to length 1 (a zero vector as it is). */
	public static float[] unit(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		norm = Math.sqrt(norm);
		if (norm == 0) {
			return vector;
		}
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / norm);
		}
		return unit;
	}

	/**
	 * Stops embedding. A model still loading is waited for (a while): ONNX Runtime
	 * crashes the process when it exits while a session is being created in native code.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.batches.shutdownNow();
		if (this.loader != null) {
			this.loader.join(LOADER_WAIT.toMillis());
		}
	}

	/** The model, with our own session (one thread per text). */
	private static final class Model extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		Model(ExecutorService executor, OnnxBertBiEncoder encoder) {
			super(executor);
			this.encoder = encoder;
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return this.encoder;
		}

		@Override
		protected Integer knownDimension() {
			return DIMENSIONS;
		}

		float[] vector(String text) {
			return unit(embed(text).content().vector());
		}

	}

}
