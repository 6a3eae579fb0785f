package stdlib

import "wippylua/vm"

// openMath installs the math library.
func openMath(s *vm.State, loaded *vm.Table, p Profile) {}
