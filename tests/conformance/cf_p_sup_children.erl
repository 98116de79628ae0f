-module(cf_p_sup_children).
-export([main/0, init/1, start_worker/1]).

%% Managing children of a static supervisor: start_child with map and
%% tuple specs, already_present / already_started errors, terminate_child,
%% restart_child, delete_child (and their error results), which_children
%% and count_children shapes, get_childspec, check_childspecs, and the
%% order of children.

p(T, V) -> io:format("~p~n", [{T, V}]).

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10},
          [#{id => first, start => {?MODULE, start_worker, [first]}, shutdown => brutal_kill}]}}.

start_worker(_Id) -> {ok, spawn_link(fun() -> receive {stop, R} -> exit(R) end end)}.

shape(Sup) ->
    [{Id, case P of undefined -> undefined; _ when is_pid(P) -> pid; _ -> P end, T, M}
     || {Id, P, T, M} <- supervisor:which_children(Sup)].

strip({ok, P}) when is_pid(P) -> {ok, pid};
strip({error, {already_started, P}}) when is_pid(P) -> {error, {already_started, pid}};
strip({error, {Reason, _Spec}}) when is_atom(Reason) -> {error, Reason};
strip(Other) -> Other.

main() ->
    _ = (catch logger:set_primary_config(level, none)),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    Spec = fun(Id) -> #{id => Id, start => {?MODULE, start_worker, [Id]}} end,
    p(start_map, strip(supervisor:start_child(Sup, Spec(second)))),
    p(start_tuple, strip(supervisor:start_child(Sup, {third, {?MODULE, start_worker, [third]},
                                                      transient, 1000, worker, [?MODULE]}))),
    p(already_started, strip(supervisor:start_child(Sup, Spec(second)))),
    p(shape, shape(Sup)),
    p(count, supervisor:count_children(Sup)),
    p(terminate, [supervisor:terminate_child(Sup, second), supervisor:terminate_child(Sup, second),
                  supervisor:terminate_child(Sup, nosuch)]),
    p(shape_after_terminate, shape(Sup)),
    p(already_present, strip(supervisor:start_child(Sup, Spec(second)))),
    p(restart, [strip(supervisor:restart_child(Sup, second)), strip(supervisor:restart_child(Sup, second)),
                supervisor:restart_child(Sup, nosuch)]),
    p(delete_running, supervisor:delete_child(Sup, second)),
    ok = supervisor:terminate_child(Sup, second),
    p(delete, [supervisor:delete_child(Sup, second), supervisor:delete_child(Sup, second)]),
    p(shape_after_delete, shape(Sup)),
    p(count_after_delete, supervisor:count_children(Sup)),
    p(get_childspec, case supervisor:get_childspec(Sup, third) of
                         {ok, #{id := third, restart := R, shutdown := S, type := T}} -> {R, S, T};
                         Other -> Other
                     end),
    p(get_childspec_missing, supervisor:get_childspec(Sup, nosuch)),
    p(get_childspec_default, case supervisor:get_childspec(Sup, first) of
                                 {ok, M} -> lists:sort(maps:to_list(maps:remove(start, M)));
                                 Other2 -> Other2
                             end),
    p(check_childspecs, [supervisor:check_childspecs([Spec(x)]),
                         element(1, supervisor:check_childspecs([#{id => y}])),
                         element(1, supervisor:check_childspecs([Spec(z), Spec(z)]))]),
    p(bad_spec, case supervisor:start_child(Sup, #{id => bad, start => not_mfa}) of
                    {error, E} -> {error, element(1, E)};
                    Other3 -> Other3
                end),
    %% a supervisor child (nested supervisor) shows up with type supervisor
    p(nested, strip(supervisor:start_child(Sup, #{id => nested, start => {supervisor, start_link, [?MODULE, []]},
                                                 type => supervisor}))),
    p(count_nested, supervisor:count_children(Sup)),
    p(shape_nested, shape(Sup)),
    unlink(Sup),
    M2 = monitor(process, Sup),
    exit(Sup, shutdown),
    p(exit, receive {'DOWN', M2, _, _, Why} -> Why after 2000 -> timeout end),
    ok.
