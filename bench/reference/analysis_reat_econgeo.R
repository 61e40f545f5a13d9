# Reference values for tests/core/test_analysis_references.py, computed by the R packages
# REAT 3.0.3 (cran/REAT@602f988441a73dc8b4f79e651027b508824c8e5d) and
# EconGeo 2.1 (cran/EconGeo@b567656) on the demo data in tests/fixtures/demo.
#
# Run from the project root, with the two package sources checked out (R files only):
#   git --git-dir=/work/.mirror/cran+REAT/repo archive HEAD R | tar -x -C /tmp/reat
#   git --git-dir=/work/.mirror/cran+EconGeo/repo archive HEAD R | tar -x -C /tmp/econgeo
#   Rscript bench/reference/analysis_reat_econgeo.R /tmp/reat/R /tmp/econgeo/R
# It prints Python literals that the test pastes.

args <- commandArgs(trailingOnly = TRUE)
for (f in list.files(args[1], pattern = "\\.R$", full.names = TRUE)) source(f)
reat_gini <- gini
reat_hoover <- hoover
econgeo <- new.env()
for (name in c("location_quotient", "herfindahl", "krugman_index", "spec_coeff", "entropy",
               "gini", "hoover_index", "diversity", "ubiquity", "relatedness_density")) {
  sys.source(file.path(args[2], paste0(name, ".r")), envir = econgeo)
}

py <- function(label, x) {
  cat(label, " = [", paste(sprintf("%.17g", as.numeric(x)), collapse = ", "), "]\n", sep = "")
}

de <- read.csv("tests/fixtures/demo/germany_laender_employment.csv", stringsAsFactors = FALSE)
regions <- unique(de$region)
industries <- unique(de$industry_code)
year_matrix <- function(data, year) {
  m <- matrix(NA_real_, length(regions), length(industries), dimnames = list(regions, industries))
  d <- data[data$year == year, ]
  m[cbind(match(d$region, regions), match(d$industry_code, industries))] <- d$employment
  m
}
m08 <- year_matrix(de, 2008)
m14 <- year_matrix(de, 2014)
national <- function(m) colSums(m)
sx <- "Freistaat Sachsen"

cat("# REAT locq, Freistaat Sachsen 2014, reference = sum of the Laender\n")
py("REAT_LOCQ_SACHSEN_2014", locq(m14[sx, ], sum(m14[sx, ]), national(m14), sum(m14)))

for (method in c("Dunn", "Esteban")) {
  s <- shift(m08[sx, ], m14[sx, ], national(m08), national(m14), shift.method = method,
             print.results = FALSE)
  cat("# REAT shift, method", method, "Freistaat Sachsen 2008-2014\n")
  py(paste0("REAT_SHIFT_", toupper(method)), s$components[, 1])
}
years <- 2008:2014
region_all <- sapply(years, function(y) year_matrix(de, y)[sx, ])
nation_all <- sapply(years, function(y) national(year_matrix(de, y)))
d <- shiftd(region_all[, 1], region_all[, -1], nation_all[, 1], nation_all[, -1],
            time1 = 2008, time2 = 2014, shift.method = "Dunn", print.results = FALSE)
cat("# REAT shiftd (dynamic, Dunn), Freistaat Sachsen 2008-2014\n")
py("REAT_SHIFTD_DUNN", d$components[, 1])
d <- shiftd(region_all[, 1], region_all[, -1], nation_all[, 1], nation_all[, -1],
            time1 = 2008, time2 = 2014, shift.method = "Esteban", print.results = FALSE)
cat("# REAT shiftd (dynamic, Esteban), Freistaat Sachsen 2008-2014\n")
py("REAT_SHIFTD_ESTEBAN", d$components[, 1])

cat("# REAT growth rate (rate), every Land total 2008-2014\n")
py("REAT_GROWTH_RATE", growth(rowSums(m08), rowSums(m14), growth.type = "rate"))

cat("# REAT herf / theil / gini over each Land's industries, 2014\n")
py("REAT_HERF_2014", apply(m14, 1, herf))
py("REAT_THEIL_2014", apply(m14, 1, theil))
py("REAT_GINI_2014", apply(m14, 1, reat_gini))
cat("# REAT krugman.spec of each Land against the sum of the Laender, 2014\n")
py("REAT_KRUGMAN_2014", apply(m14, 1, function(r) krugman.spec(r, national(m14))))
cat("# REAT krugman.spec between Freistaat Sachsen and every Land, 2014\n")
py("REAT_KRUGMAN_SACHSEN_VS_2014", apply(m14, 1, function(r) krugman.spec(m14[sx, ], r)))
cat("# REAT hoover of each industry over the Laender against the Laender totals, 2014\n")
py("REAT_HOOVER_2014", apply(m14, 2, function(x) reat_hoover(x, ref = rowSums(m14))))
cat("# REAT ellison.a per industry, each Land-industry cell taken as one plant, 2014\n")
py("REAT_ELLISON_2014", apply(m14, 2, function(x)
  ellison.a(x, rowSums(m14), regions, print.results = FALSE)[1, 1]))

cat("# EconGeo on Germany 2014 (regions in rows)\n")
py("ECONGEO_LQ_2014", t(econgeo$location_quotient(m14)))
py("ECONGEO_HERFINDAHL_2014", econgeo$herfindahl(m14))
py("ECONGEO_KRUGMAN_INDEX_2014", econgeo$krugman_index(m14))
py("ECONGEO_SPEC_COEFF_2014", econgeo$spec_coeff(m14))
py("ECONGEO_ENTROPY_2014", econgeo$entropy(m14))
py("ECONGEO_GINI_2014", econgeo$gini(m14)$Gini)
py("ECONGEO_HOOVER_INDEX_2014", econgeo$hoover_index(m14, rowSums(m14))$hoover_index)
py("ECONGEO_DIVERSITY_2014", econgeo$diversity(m14, rca = TRUE))
py("ECONGEO_UBIQUITY_2014", econgeo$ubiquity(m14, rca = TRUE))

eu <- read.csv("tests/fixtures/demo/eu28_employment.csv", stringsAsFactors = FALSE)
regions <- unique(eu$region)
industries <- unique(eu$industry_code)
e16 <- year_matrix(eu, 2016)
cat("# EconGeo on the EU 2016 (30 countries)\n")
py("ECONGEO_EU_LQ_2016", t(econgeo$location_quotient(e16)))
py("ECONGEO_EU_KRUGMAN_INDEX_2016", econgeo$krugman_index(e16))
