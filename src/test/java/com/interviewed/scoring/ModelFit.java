package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the {@link ScoringModel}: per dimension a ridge regression on standardised features, with features that
 * would push against their declared direction dropped and the fit repeated, then a stretch that gives the
 * out-of-fold predictions the spread of the labels (human raters use the whole scale; least squares shrinks
 * towards the mean). The ridge strength and the stretch are chosen by cross-validation grouped by question inside
 * the training data only, so a caller that holds a fold out never lets it touch the fit.
 */
final class ModelFit {

    static final double[] LAMBDAS = {1, 3, 10, 30, 100};
    static final int INNER_FOLDS = 5;
    /** Topic-stage targets: an answer to another question (gate 0) and one written for this question (gate 1). */
    static final double TOPIC_ELSEWHERE = 1;
    static final double TOPIC_HERE = 8;

    private ModelFit() {
    }

    /**
     * Feature rows, labels (six columns, the sixth overall), question groups of the training answers and which of
     * them were written for another question (the topic stage's target).
     */
    record Data(double[][] x, double[][] y, String[] groups, boolean[] elsewhere) {

        Data subset(boolean[] keep) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < keep.length; i++) {
                if (keep[i]) {
                    rows.add(i);
                }
            }
            double[][] xs = new double[rows.size()][];
            double[][] ys = new double[rows.size()][];
            String[] gs = new String[rows.size()];
            boolean[] es = new boolean[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                xs[k] = x[rows.get(k)];
                ys[k] = y[rows.get(k)];
                gs[k] = groups[rows.get(k)];
                es[k] = elsewhere[rows.get(k)];
            }
            return new Data(xs, ys, gs, es);
        }
    }

    /** Fold of each row: question groups in sorted order dealt round-robin, so a question never spans folds. */
    static int[] folds(String[] groups, int k) {
        List<String> distinct = Arrays.stream(groups).distinct().sorted().toList();
        Map<String, Integer> fold = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            fold.put(distinct.get(i), i % k);
        }
        return Arrays.stream(groups).mapToInt(fold::get).toArray();
    }

    static ScoringModel fit(Data data) {
        int base = Feature.values().length;
        int p = base + ScoringModel.GATED.size();
        int n = data.x().length;
        // Every column is standardised by its feature's own spread (a gated copy at gate 1 is the feature), so the
        // three stages share one set of statistics.
        double[][] plain = new double[n][];
        for (int i = 0; i < n; i++) {
            plain[i] = ScoringModel.inputs(data.x()[i], 1);
        }
        double[][] stats = stats(plain);
        double[] relevanceLabels = column(data.y(), 4);
        // Stage 0: topicality, from topical features only; its score gates relevance's substance features. Its
        // target is whether the answer was written for this question at all, not the relevance label: an evasive
        // or echoing answer is about the question yet has low relevance, and fitting those too taught the stage to
        // look for echo and evasion instead of for an answer to another question.
        double[] topicLabels = new double[n];
        for (int i = 0; i < n; i++) {
            topicLabels[i] = data.elsewhere()[i] ? TOPIC_ELSEWHERE : TOPIC_HERE;
        }
        boolean[] topicColumns = new boolean[p];
        ScoringModel.TOPICAL.forEach(f -> topicColumns[f.ordinal()] = true);
        double[][] plainZ = standardised(plain, stats);
        double[] topicOutOfFold = new double[n];
        ScoringModel.DimensionModel topic = gateCalibrated(dimension(plainZ, topicLabels, data.groups(),
                topicColumns, topicOutOfFold), topicOutOfFold, data.elsewhere());
        ScoringModel stages = new ScoringModel("", ScoringModel.columns(), stats[0], stats[1],
                Map.of(ScoringModel.TOPIC, topic));
        // Stage 1: relevance from the non-substance features and the topic-gated substance features.
        double[][] topicGated = new double[n][];
        double[] topicGates = new double[n];
        for (int i = 0; i < n; i++) {
            double gate = ScoringModel.gate(stages.predict(ScoringModel.TOPIC, plain[i]).score());
            topicGates[i] = gate;
            topicGated[i] = ScoringModel.inputs(data.x()[i], gate);
        }
        boolean[] relevanceColumns = new boolean[p];
        for (int j = 0; j < p; j++) {
            relevanceColumns[j] = j >= base || !ScoringModel.GATED.contains(Feature.values()[j]);
        }
        ScoringModel.DimensionModel relevance = dimension(standardised(topicGated, stats), relevanceLabels,
                data.groups(), relevanceColumns);
        stages = new ScoringModel("", ScoringModel.columns(), stats[0], stats[1],
                Map.of(ScoringModel.RELEVANCE, relevance));
        double[][] inputs = new double[n][];
        for (int i = 0; i < n; i++) {
            double gate = ScoringModel.gate(stages.predict(ScoringModel.RELEVANCE, topicGated[i]).score());
            inputs[i] = ScoringModel.inputs(data.x()[i], Math.min(gate, topicGates[i]));
        }
        // Stage 2: the other four dimensions from the plain and the gated features (relevance's gate, or the
        // topic stage's if lower), as ScoringModel#predictAll gates them.
        double[][] full = stats;
        double[][] z = standardised(inputs, full);
        boolean[] all = new boolean[p];
        java.util.Arrays.fill(all, true);
        Map<String, ScoringModel.DimensionModel> dimensions = new LinkedHashMap<>();
        for (int d = 0; d < Dimensions.KEYS.size(); d++) {
            String key = Dimensions.KEYS.get(d);
            dimensions.put(key, key.equals(ScoringModel.RELEVANCE) ? relevance
                    : dimension(z, column(data.y(), d), data.groups(), all));
        }
        dimensions.put(ScoringModel.TOPIC, topic);
        return new ScoringModel("Fitted by ModelFit on the development set; see docs/scoring.md.",
                ScoringModel.columns(), full[0], full[1], dimensions);
    }

    /**
     * The topic stage recalibrated so that its median score for an answer to another question is where the gate
     * closes (2) and its median score for an answer to this one where the gate is fully open (6): least squares
     * on a two-valued target leaves both groups near the middle, where the gate would let everything through.
     * The medians are of the inner out-of-fold scores ({@code raw}, before any calibration), which separate the
     * groups as much as an unseen question's answers will, not as much as the answers the stage was fitted on.
     */
    static ScoringModel.DimensionModel gateCalibrated(ScoringModel.DimensionModel fitted, double[] raw,
            boolean[] elsewhere) {
        List<Double> elsewhereScores = new ArrayList<>();
        List<Double> hereScores = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            (elsewhere[i] ? elsewhereScores : hereScores).add(raw[i]);
        }
        double low = median(elsewhereScores);
        double high = median(hereScores);
        // score = centre + stretch × (raw − centre) = a × raw + b, with low ↦ 2 and high ↦ 6.
        double a = 4 / (high - low);
        double b = 2 - a * low;
        return new ScoringModel.DimensionModel(fitted.intercept(), fitted.weights(), b / (1 - a), a);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    /** Mean and standard deviation of each column, ignoring missing values. */
    private static double[][] stats(double[][] x) {
        int p = x[0].length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            int n = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    n++;
                }
            }
            mean[j] = n == 0 ? 0 : sum / n;
            double ss = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    ss += (row[j] - mean[j]) * (row[j] - mean[j]);
                }
            }
            scale[j] = n < 2 ? 0 : Math.sqrt(ss / (n - 1));
        }
        return new double[][] {mean, scale};
    }

    private static double[][] standardised(double[][] x, double[][] stats) {
        ScoringModel standardiser = new ScoringModel("", ScoringModel.columns(), stats[0], stats[1], Map.of());
        double[][] z = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                z[i][j] = standardiser.z(j, x[i][j]);
            }
        }
        return z;
    }

    static double[] column(double[][] y, int d) {
        return Arrays.stream(y).mapToDouble(r -> r[d]).toArray();
    }

    /** Chooses the ridge strength and the stretch by inner grouped cross-validation, then fits on all rows. */
    private static ScoringModel.DimensionModel dimension(double[][] z, double[] y, String[] groups, boolean[] allowed) {
        return dimension(z, y, groups, allowed, new double[y.length]);
    }

    /** As above, and fills {@code outOfFold} with the inner out-of-fold predictions at the chosen strength. */
    private static ScoringModel.DimensionModel dimension(double[][] z, double[] y, String[] groups, boolean[] allowed,
            double[] outOfFold) {
        int[] fold = folds(groups, INNER_FOLDS);
        double bestError = Double.MAX_VALUE;
        double bestLambda = LAMBDAS[0];
        double[] bestPredictions = null;
        for (double lambda : LAMBDAS) {
            double[] predicted = new double[y.length];
            for (int f = 0; f < INNER_FOLDS; f++) {
                List<Integer> train = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    if (fold[i] != f) {
                        train.add(i);
                    }
                }
                double[] w = constrainedRidge(z, y, train, lambda, allowed);
                for (int i = 0; i < y.length; i++) {
                    if (fold[i] == f) {
                        predicted[i] = predict(w, z[i]);
                    }
                }
            }
            double error = 0;
            for (int i = 0; i < y.length; i++) {
                error += (predicted[i] - y[i]) * (predicted[i] - y[i]);
            }
            if (error < bestError) {
                bestError = error;
                bestLambda = lambda;
                bestPredictions = predicted;
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            all.add(i);
        }
        double[] w = constrainedRidge(z, y, all, bestLambda, allowed);
        System.arraycopy(bestPredictions, 0, outOfFold, 0, y.length);
        double centre = mean(y);
        double stretch = Math.max(1, Math.min(2.5, sd(y) / sd(bestPredictions)));
        return new ScoringModel.DimensionModel(w[w.length - 1], Arrays.copyOf(w, w.length - 1), centre, stretch);
    }

    /** Weights (last element: intercept) of a ridge fit that respects each feature's declared direction. */
    static double[] constrainedRidge(double[][] z, double[] y, List<Integer> rows, double lambda, boolean[] allowed) {
        int p = z[0].length;
        boolean[] active = Arrays.copyOf(allowed, p);
        int base = Feature.values().length;
        while (true) {
            double[] w = ridge(z, y, rows, lambda, active);
            boolean changed = false;
            for (int j = 0; j < p; j++) {
                Feature feature = j < base ? Feature.values()[j] : ScoringModel.GATED.get(j - base);
                if (active[j] && feature.sign() != 0 && Math.signum(w[j]) == -feature.sign()) {
                    active[j] = false;
                    changed = true;
                }
            }
            if (!changed) {
                return w;
            }
        }
    }

    private static double[] ridge(double[][] z, double[] y, List<Integer> rows, double lambda, boolean[] active) {
        int p = z[0].length;
        double ybar = 0;
        for (int i : rows) {
            ybar += y[i];
        }
        ybar /= rows.size();
        double[] zbar = new double[p];
        for (int i : rows) {
            for (int j = 0; j < p; j++) {
                zbar[j] += z[i][j] / rows.size();
            }
        }
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (int i : rows) {
            for (int j = 0; j < p; j++) {
                if (!active[j]) {
                    continue;
                }
                double zj = z[i][j] - zbar[j];
                b[j] += zj * (y[i] - ybar);
                for (int k = 0; k < p; k++) {
                    if (active[k]) {
                        a[j][k] += zj * (z[i][k] - zbar[k]);
                    }
                }
            }
        }
        for (int j = 0; j < p; j++) {
            a[j][j] += active[j] ? lambda : 1;
        }
        double[] w = solve(a, b);
        double intercept = ybar;
        for (int j = 0; j < p; j++) {
            intercept -= w[j] * zbar[j];
        }
        double[] out = Arrays.copyOf(w, p + 1);
        out[p] = intercept;
        return out;
    }

    static double predict(double[] w, double[] z) {
        double s = w[w.length - 1];
        for (int j = 0; j < z.length; j++) {
            s += w[j] * z[j];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting; the ridge term keeps the matrix well conditioned. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double factor = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= factor * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }

    static double sd(double[] v) {
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / Math.max(1, v.length - 1));
    }
}
