-- Exchange rates: 1 from_currency = rate to_currency, valid from valid_from until the pair's next rate.
create table ledger_fx_rate (
    from_currency char(3)       not null,
    to_currency   char(3)       not null,
    valid_from    date          not null,
    rate          numeric(18,8) not null,
    source        text          not null,
    recorded_at   timestamptz   not null,
    recorded_by   text          not null,
    primary key (from_currency, to_currency, valid_from),
    constraint ledger_fx_rate_positive check (rate > 0),
    constraint ledger_fx_rate_pair check (from_currency <> to_currency and from_currency ~ '^[A-Z]{3}$'
        and to_currency ~ '^[A-Z]{3}$')
);
