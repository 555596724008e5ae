# Reads a release's datapackage.json with R's frictionless package (rOpenSci), as a researcher
# would, and prints as JSON each resource's row count and the class R gives each column.
suppressPackageStartupMessages(library(frictionless))
args <- commandArgs(trailingOnly = TRUE)
package <- read_package(file.path(args[1], "datapackage.json"))
out <- list()
for (name in resources(package)) {
  data <- read_resource(package, name)
  problems <- readr::problems(data)
  out[[name]] <- list(
    rows = nrow(data),
    columns = as.list(names(data)),
    classes = lapply(data, function(column) class(column)[1]),
    problems = nrow(problems)
  )
}
cat(jsonlite::toJSON(out, auto_unbox = TRUE))
