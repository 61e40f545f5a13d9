# Reference values for desktop_app.core.lifecycle_fit, pasted into tests/core/test_lifecycle_fit.py.
#
# 1. REAT's curvefit() (REAT 3.0.3, cran/REAT@602f988, R/curvefit.R): the linearised logistic
#    lm(log((y.max - y) / y) ~ x) and the exponential lm(log(y) ~ x), checked against
#    linearised_logistic() and exponential_trend().
# 2. Base R nls() with the self-starting SSlogis / SSgompertz models: the nonlinear least-squares
#    logistic and Gompertz fits, checked against fit_series().
#
# Usage (from the project folder):
#   mkdir -p /tmp/reat && git -C /work/.mirror/cran+REAT/repo archive HEAD R | tar -x -C /tmp/reat
#   Rscript bench/reference/lifecycle_reat.R /tmp/reat/R/curvefit.R
args <- commandArgs(trailingOnly = TRUE)
source(args[1])
options(digits = 12)
de <- read.csv("tests/fixtures/demo/germany_laender_employment.csv", stringsAsFactors = FALSE)
eu <- read.csv("tests/fixtures/demo/eu28_employment.csv", stringsAsFactors = FALSE)
series <- function(data, region, industry) {
  s <- data[data$region == region & data$industry_code == industry & !is.na(data$employment), ]
  s[order(s$year), ]
}
cases <- list(list(de, "Bayern", "J"), list(de, "Freistaat Sachsen", "M-N"),
              list(eu, "PL", "M_N"), list(eu, "ES", "K"))
for (case in cases) {
  s <- series(case[[1]], case[[2]], case[[3]])
  x <- s$year
  y <- s$employment
  for (factor in c(NA, 2)) {
    y.max <- if (is.na(factor)) NULL else factor * max(y)
    res <- curvefit(x, y, y.max = y.max, plot.curves = FALSE, print.results = FALSE)
    logi <- res$models_comp["Logistic", ]
    cat(sprintf("REAT logistic %s %s y.max=%s a=%.12g b=%.12g R2=%.12g\n", case[[2]], case[[3]],
                if (is.null(y.max)) "default" else format(y.max, digits = 12),
                logi["a"], logi["b"], logi["R squared"]))
  }
  expo <- res$models_comp["Exponential", ]
  cat(sprintf("REAT exponential %s %s a=%.12g b=%.12g R2=%.12g\n", case[[2]], case[[3]],
              expo["a"], expo["b"], expo["R squared"]))
  u <- x - x[1]
  logistic <- try(nls(y ~ SSlogis(u, Asym, xmid, scal)), silent = TRUE)
  if (!inherits(logistic, "try-error")) {
    p <- coef(logistic)
    cat(sprintf("nls SSlogis %s %s K=%.12g t0=%.12g r=%.12g RSS=%.12g\n", case[[2]], case[[3]],
                p["Asym"], x[1] + p["xmid"], 1 / p["scal"], deviance(logistic)))
  } else cat(sprintf("nls SSlogis %s %s failed\n", case[[2]], case[[3]]))
  gompertz <- try(nls(y ~ SSgompertz(u, Asym, b2, b3)), silent = TRUE)
  if (!inherits(gompertz, "try-error")) {
    p <- coef(gompertz)
    cat(sprintf("nls SSgompertz %s %s K=%.12g b=%.12g c=%.12g RSS=%.12g\n", case[[2]],
                case[[3]], p["Asym"], p["b2"], -log(p["b3"]), deviance(gompertz)))
  } else cat(sprintf("nls SSgompertz %s %s failed\n", case[[2]], case[[3]]))
}
