local simple = require("pkg_simple")
return {inner = simple.value + 1, order = nested_order}
