-module(cf_p_crash_reasons).
-export([main/0, id/1]).

%% Exit reasons of processes that crash with error/throw/badmatch/...,
%% as seen through links and monitors. The logger is silenced first so
%% that no error reports are printed; stack traces are never printed.

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

shape({R, Stack}) when is_list(Stack) -> {R, stack};
shape(R) -> R.

crashers() ->
    I = fun ?MODULE:id/1,
    [{badarith, fun() -> 1 / I(0) end},
     {badmatch, fun() -> {a} = I({b}) end},
     {error_atom, fun() -> error(I(my_error)) end},
     {error_tuple, fun() -> error({I(my), error}) end},
     {throw, fun() -> throw(I(ball)) end},
     {function_clause, fun() -> (fun(a) -> ok end)(I(b)) end},
     {case_clause, fun() -> case I(x) of y -> ok end end},
     {undef, fun() -> (I(no_such_module_xyz)):f() end},
     {badarg, fun() -> atom_to_list(I(42)) end},
     {exit_atom, fun() -> exit(I(plain)) end},
     {badfun, fun() -> (I(not_fun))() end},
     {if_clause, fun() -> X = I(1), if X > 2 -> ok end end}].

main() ->
    %% the result of silencing the logger is printed last
    Quiet = (catch logger:set_primary_config(level, none)),
    process_flag(trap_exit, true),
    [begin
         P = spawn_link(F),
         R = receive {'EXIT', P, Why} -> shape(Why) after 2000 -> timeout end,
         p({linked, Name}, R)
     end || {Name, F} <- crashers()],
    process_flag(trap_exit, false),
    [begin
         {P, M} = spawn_monitor(F),
         R = receive {'DOWN', M, process, P, Why} -> shape(Why) after 2000 -> timeout end,
         p({monitored, Name}, R)
     end || {Name, F} <- crashers()],
    %% the undef reason carries the MFA in its first stack entry
    {_, M2} = spawn_monitor(fun() -> (id(no_such_module_xyz)):g(1, 2) end),
    p(undef_mfa, receive {'DOWN', M2, _, _, {undef, [{Mod, F2, Args, _} | _]}} -> {Mod, F2, Args} after 2000 -> timeout end),
    p(logger_silenced, case Quiet of ok -> ok; {'EXIT', {Why, _}} -> {failed, Why}; Other -> {other, Other} end),
    ok.
