/* The exact CIB search's depth-first loop in C: the same filtering, branching and tail
 * enumeration as desktop_app/core/cib/search.py (_Search), without numpy's per-call cost,
 * which is most of the time per node there (small arrays, many calls).
 *
 * search(values, offsets, checked, possible, threshold, max_ic, tail, tick)
 *   values    bytes, float64 (n, n)   the cross-impact matrix
 *   offsets   bytes, int64 (d + 1)    first variant of each descriptor
 *   checked   bytes, uint8 (d)        1: the descriptor's balance is checked
 *   possible  bytes, uint8 (n)        variants allowed at the start (fixed descriptors: one)
 *   threshold float                   -max_ic - tol: the least a bound may be
 *   max_ic    float                   max_ic + tol: the largest IC kept
 *   tail      int                     completions enumerated at once at the bottom
 *   tick      callable(decided, nodes, report) -> bool, called at every node (report: at depth
 *             6 or less and every 64th node, when progress is worth passing on); True stops
 * returns (found: bytes int32 (k, d), nodes: int, decided: float, stopped: bool)
 * An exception raised by tick stops the search and is passed on.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int d, n, smax, width; /* width = smax * n: the pair slots (k, a) */
    const double *c;
    const long long *off;
    const unsigned char *checked;
    double threshold, max_ic;
    long long tail;
    int *owner;             /* n */
    int *size;              /* d */
    double *gain;           /* n x width: gain[x][a * smax + k] = c[x][a] - c[x][k-th variant of a's] */
    int *span;              /* n: the slots k of a that count (its descriptor's size; 0 unchecked) */
    int *list;              /* n (scratch): the variants still possible */
    double *best;           /* (d + 2) x d x width: the bounds' parts computed at each depth */
    const double **rows;    /* (d + 2) x d: each descriptor's part at each depth (its own or
                               an ancestor's, when it has not changed since) */
    unsigned char *dirty;   /* (d + 2) x d: whose part must be computed again */
    double *slack;          /* width (scratch) */
    unsigned char *together; /* (d + 2) x n x n: the pairs still compatible at each depth */
    unsigned char *pair_ok;  /* n x n (scratch) */
    unsigned char *kept;    /* n (scratch) */
    unsigned char *stack;   /* (d + 2) x n: the possible variants of each depth */
    int *counts;            /* (d + 2) x 2d: variants left per descriptor, after and before */
    int *found;
    size_t n_found, cap_found;
    long long nodes;
    double decided;
    PyObject *tick;
    int stop; /* 1: tick asked to stop; -1: tick raised */
} Search;

/* Variants and pairs of variants that can still be in a scenario (see _Search._filter):
 * narrows `possible` in place to a fixpoint; 0 when a descriptor has no variant left.
 * Only the slots of variants still possible are computed: the others are never read.
 * `together` holds the parent's compatible pairs (have_together): a pair that cannot be in any
 * scenario of the parent cannot be in one of its children, so the child starts from there.
 * `rows[i]` is descriptor i's part of the bounds (the most each of its variants adds); it is
 * computed again, into `own`, only when `dirty[i]`: its variants or their pairs changed since
 * (a child differs from its parent in the branched descriptor only, to begin with). */
static int filter(Search *s, unsigned char *possible, unsigned char *together,
                  int have_together, const double **rows, double *own, unsigned char *dirty)
{
    const int d = s->d, n = s->n, smax = s->smax, w = s->width;
    int *list = s->list, *span = s->span;
    for (;;) {
        int m = 0;
        for (int i = 0; i < d; i++) {
            int any = 0;
            for (long long x = s->off[i]; x < s->off[i + 1]; x++)
                if (possible[x]) {
                    any = 1;
                    list[m++] = (int)x;
                }
            if (!any) return 0;
        }
        for (int i = 0; i < d; i++) {
            if (!dirty[i]) continue; /* its bounds are those of the last round */
            double *b = own + (size_t)i * w;
            rows[i] = b;
            for (int p = 0; p < m; p++) {
                int a = list[p];
                for (int k = 0; k < span[a]; k++) b[a * smax + k] = -INFINITY;
            }
            for (long long x = s->off[i]; x < s->off[i + 1]; x++) {
                if (!possible[x]) continue;
                const double *g = s->gain + (size_t)x * w;
                const unsigned char *with = together + (size_t)x * n;
                for (int p = 0; p < m; p++) {
                    int a = list[p];
                    if (have_together && !with[a]) continue;
                    for (int k = 0; k < span[a]; k++) {
                        int t = a * smax + k;
                        if (g[t] > b[t]) b[t] = g[t];
                    }
                }
            }
        }
        for (int p = 0; p < m; p++) {
            int a = list[p];
            s->kept[a] = 1;
            for (int k = 0; k < span[a]; k++) {
                int t = a * smax + k;
                double sum = 0;
                for (int i = 0; i < d; i++) sum += rows[i][t];
                s->slack[t] = sum;
                if (!(sum >= s->threshold)) s->kept[a] = 0;
            }
        }
        for (int a = 0; a < n; a++)
            if (!possible[a]) s->kept[a] = 0;
        for (int q = 0; q < m; q++) {
            int x = list[q];
            const double *bx = rows[s->owner[x]];
            const double *gx = s->gain + (size_t)x * w;
            unsigned char *ok = s->pair_ok + (size_t)x * n;
            for (int p = 0; p < m; p++) {
                int a = list[p], good = 1;
                for (int k = 0; k < span[a]; k++) {
                    int t = a * smax + k;
                    /* -inf - -inf is NaN: a dead pair stays dead, as in numpy */
                    if (!(s->slack[t] - bx[t] + gx[t] >= s->threshold)) {
                        good = 0;
                        break;
                    }
                }
                ok[a] = (unsigned char)good;
            }
        }
        int changed = !have_together;
        memset(dirty, !have_together, d);
        for (int q = 0; q < m; q++) {
            int x = list[q];
            for (int p = 0; p < m; p++) {
                int a = list[p];
                size_t xa = (size_t)x * n + a;
                unsigned char v = (s->pair_ok[xa] && s->pair_ok[(size_t)a * n + x]) ||
                                  s->owner[x] == s->owner[a];
                if (have_together && !v && together[xa]) {
                    changed = 1; /* x no longer counts in the bounds of a, nor a in x's */
                    dirty[s->owner[x]] = dirty[s->owner[a]] = 1;
                }
                together[xa] = have_together ? v && together[xa] : v;
            }
        }
        for (int p = 0; p < m; p++) {
            int a = list[p];
            if (!s->kept[a]) continue;
            const unsigned char *with = together + (size_t)a * n;
            for (int i = 0; i < d && s->kept[a]; i++) {
                int any = 0;
                for (long long y = s->off[i]; y < s->off[i + 1] && !any; y++)
                    any = s->kept[y] && with[y]; /* with[y] is only set for possible y */
                if (!any) s->kept[a] = 0;
            }
        }
        for (int i = 0; i < d; i++)
            if (memcmp(s->kept + s->off[i], possible + s->off[i], s->size[i]) != 0) {
                changed = 1;
                dirty[i] = 1;
            }
        memcpy(possible, s->kept, n);
        if (!changed) return 1;
        have_together = 1;
    }
}

/* The descriptor to branch on: fewest variants left, then the one whose choice moves the
 * bounds most (the spread of what its remaining variants add, over the open slots). */
static int branching(Search *s, const unsigned char *possible, const int *counts)
{
    int least = 0;
    for (int j = 0; j < s->d; j++)
        if (counts[j] > 1 && (least == 0 || counts[j] < least)) least = counts[j];
    int pick = -1;
    double top = -INFINITY;
    for (int j = 0; j < s->d; j++) {
        if (counts[j] != least) continue;
        double spread = 0;
        for (int t = 0; t < s->width; t++) {
            if (t % s->smax >= s->span[t / s->smax]) continue;
            double most = -INFINITY, low = INFINITY;
            for (long long x = s->off[j]; x < s->off[j + 1]; x++) {
                if (!possible[x]) continue;
                double g = s->gain[(size_t)x * s->width + t];
                if (g > most) most = g;
                if (g < low) low = g;
            }
            spread += most - low;
        }
        if (pick < 0 || spread > top) {
            pick = j;
            top = spread;
        }
    }
    return pick;
}

static int keep(Search *s, const int *z)
{
    if (s->n_found == s->cap_found) {
        size_t cap = s->cap_found ? 2 * s->cap_found : 64;
        int *more = realloc(s->found, cap * s->d * sizeof(int));
        if (!more) return -1;
        s->found = more;
        s->cap_found = cap;
    }
    memcpy(s->found + s->n_found * s->d, z, s->d * sizeof(int));
    s->n_found++;
    return 0;
}

/* Every completion of the node (odometer over the free descriptors), kept when its IC over
 * the checked descriptors is at most max_ic. */
static int tail(Search *s, const unsigned char *possible, const int *counts)
{
    const int d = s->d, n = s->n;
    int *z = malloc(d * sizeof(int));
    double *bal = malloc(n * sizeof(double));
    if (!z || !bal) {
        free(z);
        free(bal);
        return -1;
    }
    for (int j = 0; j < d; j++) {
        z[j] = 0;
        while (!possible[s->off[j] + z[j]]) z[j]++;
    }
    int status = 0;
    for (;;) {
        for (int a = 0; a < n; a++) bal[a] = 0;
        for (int i = 0; i < d; i++) {
            const double *row = s->c + (size_t)(s->off[i] + z[i]) * n;
            for (int a = 0; a < n; a++) bal[a] += row[a];
        }
        int good = 1;
        for (int j = 0; j < d && good; j++) {
            if (!s->checked[j]) continue;
            double picked = bal[s->off[j] + z[j]];
            for (long long l = s->off[j]; l < s->off[j + 1]; l++)
                if (bal[l] - picked > s->max_ic) {
                    good = 0;
                    break;
                }
        }
        if (good && keep(s, z) < 0) {
            status = -1;
            break;
        }
        int j = d - 1; /* next completion: advance the last free descriptor that can move */
        for (; j >= 0; j--) {
            if (counts[j] < 2) continue;
            int v = z[j] + 1;
            while (v < s->size[j] && !possible[s->off[j] + v]) v++;
            if (v < s->size[j]) {
                z[j] = v;
                break;
            }
            z[j] = 0;
            while (!possible[s->off[j] + z[j]]) z[j]++;
        }
        if (j < 0) break;
    }
    free(z);
    free(bal);
    return status;
}

/* What a node decides, without the interpreter: the node's variants are filtered (the share of
 * the space they rule out is added to `decided`), and then either its completions are
 * enumerated at once, or the descriptor to branch on is chosen. Returns NODE_PRUNED, NODE_DONE,
 * NODE_NO_MEMORY or the descriptor to branch on (0 or more); `share` becomes the share of the
 * space left in the node. */
enum { NODE_PRUNED = -1, NODE_DONE = -2, NODE_NO_MEMORY = -3 };

static int decide(Search *s, int depth, double *share)
{
    const int d = s->d, n = s->n;
    unsigned char *possible = s->stack + (size_t)depth * n;
    int *counts = s->counts + (size_t)depth * 2 * d, *before = counts + d;
    for (int j = 0; j < d; j++) {
        before[j] = 0;
        for (long long x = s->off[j]; x < s->off[j + 1]; x++) before[j] += possible[x];
    }
    unsigned char *together = s->together + (size_t)depth * n * n;
    double *own = s->best + (size_t)depth * d * s->width;
    const double **rows = s->rows + (size_t)depth * d;
    unsigned char *dirty = s->dirty + (size_t)depth * d;
    if (depth == 0) memset(dirty, 1, d);
    if (!filter(s, possible, together, depth > 0, rows, own, dirty)) {
        s->decided += *share;
        return NODE_PRUNED;
    }
    double ratio = 1;
    long long left = 1;
    for (int j = 0; j < d; j++) {
        counts[j] = 0;
        for (long long x = s->off[j]; x < s->off[j + 1]; x++) counts[j] += possible[x];
        ratio *= (double)counts[j] / before[j];
        if (counts[j] > 1 && left <= s->tail) left *= counts[j];
    }
    s->decided += *share * (1 - ratio);
    *share *= ratio;
    if (left <= s->tail) {
        if (tail(s, possible, counts) < 0) return NODE_NO_MEMORY;
        s->decided += *share;
        return NODE_DONE;
    }
    return branching(s, possible, counts);
}

static void visit(Search *s, int depth, double share)
{
    const int d = s->d, n = s->n;
    int report = depth <= 6 || s->nodes % 64 == 0;
    PyObject *answer = PyObject_CallFunction(s->tick, "dLi", s->decided, s->nodes, report);
    if (!answer) {
        s->stop = -1;
        return;
    }
    int truth = PyObject_IsTrue(answer);
    Py_DECREF(answer);
    if (truth) {
        s->stop = truth < 0 ? -1 : 1;
        return;
    }
    s->nodes++;
    /* the node's work lets other threads run (a window's among them): holding the interpreter
     * here stalled it for most of a second on large studies */
    int j;
    Py_BEGIN_ALLOW_THREADS
    j = decide(s, depth, &share);
    Py_END_ALLOW_THREADS
    if (j == NODE_NO_MEMORY) {
        PyErr_NoMemory();
        s->stop = -1;
    }
    if (j < 0) return;
    unsigned char *possible = s->stack + (size_t)depth * n;
    unsigned char *child = possible + n;
    unsigned char *together = s->together + (size_t)depth * n * n;
    const double **rows = s->rows + (size_t)depth * d;
    unsigned char *dirty = s->dirty + (size_t)depth * d;
    int *counts = s->counts + (size_t)depth * 2 * d;
    for (long long v = s->off[j]; v < s->off[j + 1]; v++) {
        if (!possible[v]) continue;
        memcpy(child, possible, n);
        memcpy(together + (size_t)n * n, together, (size_t)n * n);
        memcpy(rows + d, rows, d * sizeof(double *));
        memset(dirty + d, 0, d);
        dirty[d + j] = 1; /* the child differs from this node in descriptor j only */
        memset(child + s->off[j], 0, s->size[j]);
        child[v] = 1;
        visit(s, depth + 1, share / counts[j]);
        if (s->stop) return;
    }
}

static PyObject *search(PyObject *self, PyObject *args)
{
    const char *values, *offsets, *checked, *possible;
    Py_ssize_t n_values, n_offsets, n_checked, n_possible;
    double threshold, max_ic;
    long long tail_size;
    PyObject *tick;
    if (!PyArg_ParseTuple(args, "y#y#y#y#ddLO", &values, &n_values, &offsets, &n_offsets,
                          &checked, &n_checked, &possible, &n_possible, &threshold, &max_ic,
                          &tail_size, &tick))
        return NULL;
    Search s;
    memset(&s, 0, sizeof s);
    s.d = (int)(n_offsets / (Py_ssize_t)sizeof(long long)) - 1;
    s.off = (const long long *)offsets;
    s.n = (int)s.off[s.d];
    if (s.d < 1 || n_checked != s.d || n_possible != s.n ||
        n_values != (Py_ssize_t)s.n * s.n * (Py_ssize_t)sizeof(double)) {
        PyErr_SetString(PyExc_ValueError, "search: inconsistent array sizes");
        return NULL;
    }
    s.c = (const double *)values;
    s.checked = (const unsigned char *)checked;
    s.threshold = threshold;
    s.max_ic = max_ic;
    s.tail = tail_size;
    s.tick = tick;
    const int d = s.d, n = s.n;
    for (int j = 0; j < d; j++) {
        int size = (int)(s.off[j + 1] - s.off[j]);
        if (size > s.smax) s.smax = size;
    }
    s.width = s.smax * n;
    const size_t w = s.width;
    s.owner = malloc(n * sizeof(int));
    s.size = malloc(d * sizeof(int));
    s.gain = malloc((size_t)n * w * sizeof(double));
    s.span = malloc(n * sizeof(int));
    s.list = malloc(n * sizeof(int));
    s.best = malloc((size_t)(d + 2) * d * w * sizeof(double));
    s.dirty = malloc((size_t)(d + 2) * d);
    s.rows = malloc((size_t)(d + 2) * d * sizeof(double *));
    s.slack = malloc(w * sizeof(double));
    s.together = malloc((size_t)(d + 2) * n * n);
    s.pair_ok = malloc((size_t)n * n);
    s.kept = malloc(n);
    s.stack = malloc((size_t)(d + 2) * n);
    s.counts = malloc((size_t)(d + 2) * 2 * d * sizeof(int));
    PyObject *out = NULL;
    if (!s.owner || !s.size || !s.gain || !s.span || !s.list || !s.best || !s.dirty || !s.rows || !s.slack ||
        !s.together || !s.pair_ok || !s.kept || !s.stack || !s.counts) {
        PyErr_NoMemory();
        goto done;
    }
    for (int j = 0; j < d; j++) {
        s.size[j] = (int)(s.off[j + 1] - s.off[j]);
        for (long long a = s.off[j]; a < s.off[j + 1]; a++) s.owner[a] = j;
    }
    for (int x = 0; x < n; x++)
        for (int k = 0; k < s.smax; k++)
            for (int a = 0; a < n; a++) {
                int j = s.owner[a];
                double g = 0;
                if (k < s.size[j]) g = s.c[(size_t)x * n + a] - s.c[(size_t)x * n + s.off[j] + k];
                s.gain[(size_t)x * w + (size_t)a * s.smax + k] = g;
            }
    for (int a = 0; a < n; a++) s.span[a] = s.checked[s.owner[a]] ? s.size[s.owner[a]] : 0;
    memcpy(s.stack, possible, n);
    visit(&s, 0, 1.0);
    if (s.stop < 0) goto done;
    if (!s.stop) s.decided = 1.0;
    PyObject *found = PyBytes_FromStringAndSize((const char *)s.found,
                                                (Py_ssize_t)(s.n_found * d * sizeof(int)));
    if (found) {
        out = Py_BuildValue("(NLdO)", found, s.nodes, s.decided, s.stop ? Py_True : Py_False);
    }
done:
    free(s.owner);
    free(s.size);
    free(s.gain);
    free(s.span);
    free(s.list);
    free(s.best);
    free(s.dirty);
    free(s.rows);
    free(s.slack);
    free(s.together);
    free(s.pair_ok);
    free(s.kept);
    free(s.stack);
    free(s.counts);
    free(s.found);
    return out;
}

static PyMethodDef methods[] = {
    {"search", search, METH_VARARGS, "The exact CIB search's depth-first loop (see search.py)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_search_c", NULL, -1, methods};

PyMODINIT_FUNC PyInit__search_c(void) { return PyModule_Create(&module); }
