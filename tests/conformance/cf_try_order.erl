-module(cf_try_order).
-export([main/0, id/1]).

id(X) -> X.

log(X) -> io:format("  log ~p~n", [X]).

action(ok) -> ok;
action(throw) -> throw(thrown);
action(error) -> error(failed);
action(exit) -> exit(exited);
action(badarith) -> 1 / id(0).

basic(A) ->
    try
        log({body_start, A}),
        R = action(A),
        log({body_end, A}),
        R
    of
        ok -> log(of_clause), {result, ok}
    catch
        throw:T -> log({caught_throw, T}), {throw, T};
        error:E -> log({caught_error, E}), {error, E};
        exit:X -> log({caught_exit, X}), {exit, X}
    after
        log({'after', A})
    end.

nested(A) ->
    try
        try
            action(A)
        catch
            throw:T -> log({inner_throw, T}), throw({rethrown, T})
        after
            log(inner_after)
        end
    catch
        C:R -> log({outer_catch, C, R}), {outer, C, R}
    after
        log(outer_after)
    end.

after_only(A) ->
    try
        try action(A) after log(after_only) end
    catch C:R -> {C, R}
    end.

exception_in_of(A) ->
    try action(A) of
        ok -> log(in_of), error(from_of)
    catch
        error:from_of -> not_reached;
        C:R -> {caught_body, C, R}
    after
        log(after_of)
    end.

exception_in_catch(A) ->
    try
        try action(A)
        catch _:_ -> log(in_catch), throw(from_catch)
        after log(inner_after2)
        end
    catch C:R -> {outer, C, R}
    end.

exception_in_after() ->
    try
        try ok
        after log(raising_after), throw(from_after)
        end
    catch C:R -> {C, R}
    end.

after_overrides() ->
    try
        try throw(first)
        after throw(second)
        end
    catch C:R -> {C, R}
    end.

after_value_ignored() ->
    try id(body_value) after id(after_value) end.

return_from_of(X) ->
    try id(X) of
        1 -> one;
        N when N > 1 -> many
    catch
        _:_ -> never
    end.

loop(0, Acc) -> lists:reverse(Acc);
loop(N, Acc) ->
    V = try
            case N rem 3 of
                0 -> throw(N);
                1 -> error(N);
                2 -> N
            end
        catch
            throw:T -> {t, T};
            error:E -> {e, E}
        end,
    loop(N - 1, [V | Acc]).

main() ->
    lists:foreach(fun(A) -> io:format("~p~n", [{basic, A, basic(A)}]) end, [ok, throw, error, exit, badarith]),
    lists:foreach(fun(A) -> io:format("~p~n", [{nested, A, nested(A)}]) end, [ok, throw, error, exit]),
    lists:foreach(fun(A) -> io:format("~p~n", [{after_only, A, after_only(A)}]) end, [ok, throw, exit]),
    lists:foreach(fun(A) -> io:format("~p~n", [{exception_in_of, A, try exception_in_of(A) catch C:R -> {escaped, C, R} end}]) end, [ok, error]),
    lists:foreach(fun(A) -> io:format("~p~n", [{exception_in_catch, A, exception_in_catch(A)}]) end, [ok, throw, exit]),
    io:format("~p~n", [{exception_in_after, exception_in_after()}]),
    io:format("~p~n", [{after_overrides, after_overrides()}]),
    io:format("~p~n", [{after_value_ignored, after_value_ignored()}]),
    io:format("~p~n", [{return_from_of, [return_from_of(id(X)) || X <- [1, 5]],
                        try return_from_of(id(0)) catch C:R -> {C, R} end}]),
    io:format("~p~n", [{loop, loop(id(9), [])}]),
    ok.
