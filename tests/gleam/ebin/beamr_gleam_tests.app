{application, beamr_gleam_tests, [
    {vsn, "1.0.0"},
    {applications, []},
    {description, "Gleam programs beamr runs in CI; they use no packages, only Erlang through @external."},
    {modules, [gr_erlang_error]},
    {registered, []}
]}.
