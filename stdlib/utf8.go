package stdlib

import "wippylua/vm"

// openUTF8 installs the utf8 library.
func openUTF8(s *vm.State, loaded *vm.Table, p Profile) {}
