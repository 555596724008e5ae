# Prints, as JSON lines, the type readr (read_csv) and readxl (read_excel) give each column of a
# release, with their default arguments: {"reader","table","column","type"}.
args <- commandArgs(trailingOnly = TRUE)
release <- args[1]
suppressPackageStartupMessages({
  library(readr)
  library(readxl)
})
type_of <- function(x) if (inherits(x, "Date")) "Date" else if (inherits(x, "POSIXct")) "POSIXct" else class(x)[1]
emit <- function(reader, table, frame) {
  for (name in names(frame)) {
    cat(sprintf('{"reader":"%s","table":"%s","column":"%s","type":"%s"}\n', reader, table, name, type_of(frame[[name]])))
  }
}
for (file in list.files(file.path(release, "csv"), pattern = "\\.csv$", full.names = TRUE)) {
  table <- sub("\\.csv$", "", basename(file))
  emit("readr", table, suppressWarnings(read_csv(file, show_col_types = FALSE, progress = FALSE)))
}
workbook <- file.path(release, "sco-data.xlsx")
for (sheet in excel_sheets(workbook)) {
  if (sheet == "README") next
  emit("readxl", sheet, read_excel(workbook, sheet = sheet))
}
