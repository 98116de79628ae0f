-module(cf_calendar).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    Dates = [{1970, 1, 1}, {2000, 2, 29}, {1900, 3, 1}, {2024, 12, 31}, {1, 1, 1}, {9999, 12, 31}, {2023, 6, 15}],
    p(gregorian_days, [calendar:date_to_gregorian_days(I(D)) || D <- Dates]),
    p(back, [calendar:gregorian_days_to_date(calendar:date_to_gregorian_days(I(D))) =:= D || D <- Dates]),
    p(day_of_week, [calendar:day_of_the_week(I(D)) || D <- Dates]),
    p(leap, [{Y, calendar:is_leap_year(I(Y))} || Y <- [1900, 2000, 2004, 2023, 2100, 2400]]),
    p(last_day, [calendar:last_day_of_the_month(I(Y), I(M)) || {Y, M} <- [{2023, 2}, {2024, 2}, {2023, 4}, {2023, 12}, {1900, 2}]]),
    p(valid_date, [calendar:valid_date(I(D)) || D <- [{2023, 2, 29}, {2024, 2, 29}, {2023, 13, 1}, {2023, 0, 1}, {2023, 4, 31}]]),
    DT = {{2023, 6, 15}, {13, 45, 30}},
    S = calendar:datetime_to_gregorian_seconds(I(DT)),
    p(gregorian_seconds, [S, calendar:gregorian_seconds_to_datetime(S), calendar:gregorian_seconds_to_datetime(I(0))]),
    p(time_seconds, [calendar:time_to_seconds(I({23, 59, 59})), calendar:seconds_to_time(I(45296)),
                     calendar:seconds_to_daystime(I(200000)), calendar:time_difference(I({{2023, 1, 1}, {0, 0, 0}}), I({{2023, 1, 2}, {1, 2, 3}}))]),
    p(iso_week, [calendar:iso_week_number(I(D)) || D <- [{2021, 1, 3}, {2021, 1, 4}, {2020, 12, 31}, {2024, 12, 30}]]),
    p(rfc3339, [calendar:system_time_to_rfc3339(I(0), [{offset, "Z"}]), calendar:system_time_to_rfc3339(I(1700000000), [{offset, "+02:00"}]),
                calendar:system_time_to_rfc3339(I(1700000000123), [{unit, millisecond}, {offset, "Z"}]),
                calendar:rfc3339_to_system_time(I("2023-11-14T22:13:20Z")), calendar:rfc3339_to_system_time(I("1970-01-01T01:00:00+01:00"))]),
    p(universal_to_local_is_deterministic_for_utc_only, is_tuple(calendar:now_to_universal_time({0, 0, 0}))),
    p(now_to_universal, calendar:now_to_universal_time(I({1700, 0, 0}))),
    p(errors, [t(fun() -> calendar:date_to_gregorian_days(I({2023, 2, 30})) end), t(fun() -> calendar:day_of_the_week(I(x)) end)]),
    ok.
