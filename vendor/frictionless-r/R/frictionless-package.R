#' @keywords internal
"_PACKAGE"

#' @import rlang
NULL
