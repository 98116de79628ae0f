-module(cf_records).
-export([main/0, id/1]).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0 :: integer(), email = undefined, tags = [] :: list()}).
-record(nested, {p = #point{}, list = [#point{x = 1}]}).
-record(empty, {}).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

area(#point{x = X, y = Y}) -> X * Y.

older(#person{age = A} = P) when A < 100 -> P#person{age = A + 1};
older(P) -> P.

main() ->
    I = fun ?MODULE:id/1,
    P0 = #point{},
    P1 = #point{x = I(3), y = 4},
    p(create, [P0, P1, #person{name = "joe"}, #empty{}, #nested{}]),
    p(access, [P1#point.x, P1#point.y, (I(#person{name = n}))#person.name, #point.y, #person.email]),
    p(update, [P1#point{x = 10}, P1#point{y = -1, x = -2}, older(I(#person{name = a, age = 41}))]),
    p(match, [area(I(P1)), case I(P1) of #point{x = 3} -> three; _ -> other end,
              case I({point, 1, 2}) of #point{y = Y} -> Y end]),
    p(guards, [g(I(X)) || X <- [P1, #person{}, {point, 1}, {point, 1, 2, 3}, point, #empty{}]]),
    p(is_record, [is_record(I(P1), point), is_record(I(P1), point, 3), is_record(I(P1), person), is_record(I(x), point)]),
    p(info, [record_info(fields, point), record_info(size, point), record_info(fields, person), record_info(size, empty)]),
    p(tuple_view, [tuple_to_list(P1), element(1, P1), setelement(2, P1, 99)]),
    p(errors, [t(fun() -> (I({other, 1, 2}))#point.x end), t(fun() -> (I(not_a_record))#point{x = 1} end),
               t(fun() -> (I({point, 1}))#point.x end), t(fun() -> #point{x = X0} = I({point, 1}), X0 end)]),
    N = #nested{},
    p(nested, [(N#nested.p)#point.x, N#nested{p = (N#nested.p)#point{y = 7}}, [Pt#point.x || Pt <- N#nested.list]]),
    p(default_exprs, [#person{}#person.tags, (#person{name = I("x"), _ = '_'})]),
    p(record_in_lc, [X || #point{x = X} <- I([#point{x = 1}, {other}, #point{x = 2}, #point{x = 3, y = 1}])]),
    p(sort_records, lists:sort(I([#point{x = 2}, #point{x = 1, y = 5}, #point{x = 1, y = 2}]))),
    p(keyfind_records, lists:keyfind(I(2), #point.x, I([#point{x = 1}, #point{x = 2, y = 9}]))),
    p(index, [#point.x, #point.y, #person.tags]),
    ok.

g(R) when is_record(R, point) -> point;
g(R) when is_record(R, person) -> person;
g(R) when is_record(R, empty) -> empty;
g(_) -> other.
