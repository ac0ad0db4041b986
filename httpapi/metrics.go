package httpapi

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus metrics, in a registry of its own so
// that several servers (tests) do not collide.
type metrics struct {
	registry  *prometheus.Registry
	requests  *prometheus.HistogramVec
	subjects  prometheus.Counter
	matches   prometheus.Counter
	screening prometheus.Histogram
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "aka_http_request_duration_seconds",
			Help:    "Duration of HTTP requests by route pattern and status.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"route", "status"}),
		subjects: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "aka_subjects_screened_total",
			Help: "Subjects screened, by POST /v1/screen and GET /v1/search.",
		}),
		matches: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "aka_matches_total",
			Help: "Matches returned for screened subjects.",
		}),
		screening: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "aka_screening_duration_seconds",
			Help:    "Time to screen one subject against the index.",
			Buckets: []float64{.00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1},
		}),
	}
	m.registry.MustRegister(m.requests, m.subjects, m.matches, m.screening,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

// request records one request's duration.
func (m *metrics) request(route string, status int, d time.Duration) {
	m.requests.WithLabelValues(route, statusText(status)).Observe(d.Seconds())
}

// screened records one subject screened.
func (m *metrics) screened(matches int, d time.Duration) {
	m.subjects.Inc()
	m.matches.Add(float64(matches))
	m.screening.Observe(d.Seconds())
}

var commonStatuses = func() map[int]string {
	m := map[int]string{}
	for _, s := range []int{200, 400, 404, 405, 413, 415, 422, 500, 503} {
		m[s] = strconv.Itoa(s)
	}
	return m
}()

func statusText(s int) string {
	if t, ok := commonStatuses[s]; ok {
		return t
	}
	return strconv.Itoa(s)
}
