//! The English lexicon and message-name classifier behind factum's naming rules.
//!
//! `#[derive(Event)]` requires a type name that reads as a fact (`OrderPlaced`),
//! `#[derive(Command)]` an imperative request (`PlaceOrder`) and `#[derive(Query)]` a question
//! (`GetOrderById`). This crate decides how a name reads ([`classify`]) and whether the derive
//! of a kind accepts it ([`check`], [`check_variant`], [`check_wire_name`]), and words the
//! error ([`Violation`]). It reads no file except through [`load_dir`] / [`load_file`] (the
//! vocabulary file, for the derives and `factum names`).
//!
//! ```
//! use factum_naming::{Kind, Verdict, Vocabulary, check, classify};
//!
//! assert_eq!(classify("OrderPlaced").verdict, Verdict::Event);
//! assert_eq!(classify("PlaceOrder").verdict, Verdict::Command);
//! assert_eq!(classify("GetOrderById").verdict, Verdict::Query);
//! assert_eq!(classify("UserShouldBeDeleted").verdict, Verdict::Unknown);
//!
//! let err = check("PlaceOrder", Kind::Event, &Vocabulary::default()).unwrap_err();
//! assert_eq!(err.suggestion.as_deref(), Some("OrderPlaced"));
//! ```
//!
//! # Policy
//!
//! An error is for a name that confidently reads as the wrong kind: an imperative or a modal
//! derived as an `Event`, a fact derived as a `Command`, a question derived as an `Event`.
//! A name that honestly reads two ways (`PlaceBid`: place a bid, or a place-bid was made) is
//! accepted by both derives ([`Analysis::alternative`]). A question derived as a `Command` is
//! none of the three errors: the imperative of a question verb is a request too, so the
//! `Command` derive accepts it (`CheckForUpdates`, `RetrieveThings`, `DoSomething`; reading 4),
//! unless a `…Query` suffix says otherwise; an interrogative (`IsEnabled`, `WhyNot`) orders
//! nothing, and only a `…Command`/`…Cmd` suffix makes it the command that asks it
//! (`IsNotEmptyNameCommand`). The other way, a verb that works out or shows an answer
//! (`word_classes::ANSWER_VERBS`: `CalculateShippingCost`, `PreviewOrder`) opens a request
//! that the `Query` derive accepts too. `Wrapped` or `Adapted` first names the wrapper an
//! actor's message adapter makes of another message (Akka): a request, and when it wraps a
//! fact a fact as well (`WrappedCancelProduct` is a command, `WrappedStarted` both).
//! Measured on the development corpus: 17 more commands accepted
//! (+0.51 points), none of the event names let through (see reading 4 for the one guard). A name with **no recognisable verb**
//! (`Customer`, `OrderStatus`) is rejected by every derive, with three exceptions that carry
//! their own evidence: a kind suffix (`DeviceEvent`), the kind word of the enum a variant is in
//! (`WindowEvent::PointerButton`), and a last word that names an occurrence (`Heartbeat`,
//! `AccountWithdrawal`: reading 8). Both sides were measured on the development corpus (`naming/corpus/names.tsv`,
//! 3,330 names, with those exceptions in place): accepting every other no-verb name as an
//! event would raise the share of names their own derive accepts by 1.4 points (93.5% to
//! 95.0%) but lower the share of disguised names caught by 1.4 points (96.5% to 95.1%), which
//! issue 9 does not allow (a `Command` without a verb is no request either). A query is no
//! such case: a query is often named by what it
//! returns (`AvailableHours`, `TrainingsForUser`, `OrderById`, `Customer`), so the `Query`
//! derive ([`check`]) accepts a whole type's name with no verb (the shares above count events and
//! commands only, so this costs them nothing); a name that reads as an event or a command
//! stays an error for it, but for two words, a verb that is a noun too and a noun naming what is
//! known of it (`ClaimStatus`, `WatchHistory`, `LeaveBalance`): as much that data as an order;
//! a document after the words that modify it (`VacancyReport`, `ControlledDrugLogReport`,
//! `BrokerWorkloadDashboard`); a participle, an `-ing` form or an adjective and the plural it
//! modifies, the things in that state (`ArchivedOrders`, `TrendingCampaigns`,
//! `RecentlyPlayedTracks`, `OpenCasesBySeverity`); and a lookup by key (`MatchById`). Since
//! session 16 it errs only where a name reads as a request or a fact with nothing else to it, and
//! accepts more data: nouns heading data after a verb that is a noun too (`RuleHitCounts`,
//! `WinRateByPublisher`, `SellerRiskScore`, `PressScheduleForShift`), a measure grouped or over
//! a period (`HoursWorkedByProject`, `PeakDemandThisWeek`), data in a state or ranked
//! (`FailedSessionsLastWeek`, `MetersDueForReplacement`, `TopSellingItems`); since session 17,
//! `Since` opens a period (`StockMovementsSince`, `AlarmsSinceLastShift`), a version closing
//! the name is no kind word to these readings (`DoseHistoryPerShiftV2`), and it accepts things
//! many in a state (`OrdersReadyForPickup`; `BalanceAvailable` stays a fact), things waiting
//! (`WarpBeamsAwaitingLoading`), an estimate (`EstimatedWaitForService`) and data with its
//! request (`ForecastRequested`); since session 18, things as they stand now or stood then
//! (`UsersCurrentlyOnline`, `BusesRunningLateNow`, `ConsolidatedCashPositionAsOf`), things nearing a state
//! (`BatchesNearingBeyondUseDate`), a ratio (`LoanToValueRatio`), and a state filtering a
//! variant of an enum of queries (`RoomQuery::Occupied`); since session 19, things done by whom,
//! to whom or where (`UnitsSoldBySalesperson`, `AssetsAssignedToEmployee`; one thing stays the
//! fact of who did it, `OrderPlacedByCustomer`), what is owed (`CompensatoryRestOwed`), data by
//! a period or over a past one (`DutyPaidByMonth`, `HeadSoldYearToDate`) and open things
//! (`OpenTroubleTickets`); since session 20, things done for whom (`JobsScheduledForCrew`), the
//! next or previous one (`NextScheduledLaunch`) and a risk, a variance or a specification
//! (`TillVarianceForShift`). A verb mostly a
//! verb (`UpdateOrderStatus`), an adjective or a past after the verb (`ArchiveOldOrders`) or a
//! person after `By` (`CancelOrderByCustomer`) keeps the request. In an enum of queries, an
//! adjective or a word mostly a noun opens the data a variant names
//! (`CampaignQuery::TopBackers`). A request-reply message with no verb (`HeartbeatRequest`,
//! `GreetingReply`, reading 9) asks another service to act: the `Command` derive accepts it.
//!
//! Every error says what was read, suggests a name that itself passes where the name stands,
//! and points to both ways out: `allow_name = "reason"` on the type, or the word in
//! `factum-vocabulary.txt` ([`Vocabulary`]: `verb WORD`, `noun WORD`). The suggestion is the
//! reading's own (`PlaceOrder` → `OrderPlaced`) when it reads as the declared kind; otherwise
//! the name's words rebuilt around its verb, whatever its form and place: first as an
//! imperative (`WorkerResuming` → `ResumeWorker`, `AfterUserDeleteEvent` → `DeleteUser`), last
//! as a participle after its subject (`UserRegisterCommand` → `UserRegistered`,
//! `GetDeployedTaskFormCmd` → `DeployedTaskFormRetrieved`, `CheckForUpdates` →
//! `CheckedForUpdates`), or asked about (`FuelLow` → `IsFuelLow`); a verb as much a noun
//! before one mostly a verb modifies it (`BulkUpdateAssets` → `AssetsBulkUpdated`). A
//! question derived as a `Command` is the command that asks it (`ListProductsQuery` →
//! `ListProductsCommand`). Where the reading found no verb but a word plainly is one, the
//! rebuilt name comes first (`ClientActivateBusinessEvent` → `ActivateClientBusiness`). For a
//! type, the kind's suffix settles a rebuilt name that reads two ways (`ProcessJob`, a
//! happening: `ProcessJobCommand`), last. A variant's suggestion passes
//! as a variant of its enum; in an enum whose kind word names another kind (`enum OrderEvent`
//! derived as a `Command`) no variant name is offered, and the help names the derive or the
//! enum's name to change. Measured with `tests/suggestions.rs` on the development and
//! validation corpora and the business names, each name derived as every kind: 99.4%, 99.4%
//! and 99.2% of the errors outside such enums carry a suggestion, and every suggestion passes
//! (BENCHMARKS.md, "Error suggestions, session 8", and "Where it stands, end of session 13").
//! The rest have no verb to move (a word after a preposition is its object) or one
//! the lexicon lacks (`DiscussionWasStickied`): no suggestion rather than a wrong one.
//!
//! # Words
//!
//! Names are split into words at case changes and underscores (`HTTPRequestFailed` → `HTTP`,
//! `Request`, `Failed`; `order_placed`; `ORDER_PLACED`); digits stay with the word before them
//! (`OAuth2`, `V2`), unless lower-case letters follow them (`Enable2fa`: `Enable`, `2fa`). Trailing decoration — `Event`, `DomainEvent`, `IntegrationEvent`,
//! `InternalEvent`, `Evt`, `Eto` (ABP's event transfer objects), `Notification`, `Command`,
//! `Cmd`, `Query`, `Qry`, `Message`, `Msg`, `V<digits>`, and the Spanish, Portuguese and
//! Italian kind words `Evento`, `Comando`, `Consulta` in any order, a kind word numbered or
//! lettered as a placeholder (`Event1`, `CommandB`) — is set aside when reading, unless nothing
//! would remain. A name that is only a kind word is that kind (`Event`, `Command1`, `EventA`). A kind suffix is evidence: it settles a name that
//! reads both ways (`PriceCutEvent`), a name with no verb (`DeviceEvent`,
//! `SchemaCreateCommand`), a command whose verb is as much a noun (`RoomNameEvent`), a past
//! equal to its base after a subject (`PasswordResetCommand`: a password-reset command), and a
//! single word before it, which it turns into a noun (`CreateEvent` is a create event,
//! `StagedCommand` a staged command). After an imperative and its object, `Event` names the
//! event of doing it (`SwitchUserEvent`, `ConfigureOptionsEvent`, `BanCreateEvent`: real code
//! names the events it dispatches around an action so; a command `CreateCalendarEvent` needs
//! `allow_name`), unless the verb sends a message and its object is an event's name
//! (`PublishOrderPlacedEvent`, `EmitVolumeChangedEvent`: the request to send it); after a fact, `Command` or `Cmd` names the command that acts on it
//! (`MessageEventReceivedCmd`; not after a preposition: `ItemAddedForCommand` is an event);
//! after an imperative, `Query` names the query of doing it (`DiscoverChannelsQuery`), and
//! after a fact the query about it (`TotalProductsShippedQuery`, `UserIsActiveQuery`); after a
//! wish or a request, `Command` names the command that makes it so
//! (`UserShouldBeDeletedCommand`) and `Query` the query about it (`UserShouldBeActiveQuery`), while
//! `Event` leaves it the wish it is (`OrderShouldShipEvent` is an error). Only
//! the kind word that closes the name counts (`CreateUserQueryCmd` is a command).
//! A question verb first is the imperative it also is before either word
//! (`GetWorkflowCommand`: get the workflow; `CheckPassportEvent`: the event of checking a
//! passport); an interrogative before `…Command`/`…Cmd` is the command that asks it
//! (`IsTelemetryEnabledCmd`), and stays a question before `…Event`.
//! `Notification` or `Query` right after a lone verb used at least as often as a verb is that
//! verb's object, not a suffix (`ReadNotification`, `RequestNotification`, `ExecuteQuery` are
//! commands; `OrderPlacedNotification` is an event, `ListQuery` a query).
//! Suggestions keep version decorations and those of the suggested kind.
//! `Event`, `Command` or `Query` heading the name before a preposition is the head of its noun
//! phrase and names the kind, as a suffix does (`EventWithArray`, `EventWithoutSerializedModels`:
//! an event with an array; `CommandForTenant`), whatever the words after it read as.
//! `Event` closing the name after a preposition is the event it governs, no suffix
//! (`RegisterForEvent`: register for a concert), except after `After` or `Before`, a hook's
//! event (`EntityPersistAfterEvent`).
//!
//! # Readings, in order of precedence
//!
//! 1. **Query, interrogative**: the first word is `Is`, `Has`, `Can`, `Does`, `Did`, `Which`,
//!    `What`, `How`, … (`IsEmailTaken`); but `Was` or `Were` right before a participle asks
//!    about no subject: `WasCreated` is a passive fact (reading 3).
//! 2. **Unknown, wish or request**: a modal (`Should`, `Must`, `Might`, …), a request (`Please`,
//!    `Wants`, `To Be`, `Needs` or `Requires` before what should be done) or a state verb
//!    (`Is`/`Are` not first, before no state: `OrderIsNotPaid`, `UserIsBeingDeleted`):
//!    `UserShouldBeDeleted`, `OrderRequiresToBeShipped`. These name what
//!    should happen, not what happened nor an order. But `Needs` or `Requires` and a noun is the
//!    state the subject waits in, a fact, as `ReviewNeeded` is (`OrderNeedsReview`,
//!    `PaymentIntentRequiresAction`, as Stripe names it). A
//!    subject, `Will` and what is about to happen or the state it will be in
//!    (`PhotoWillBeDeleted`, `SubscriptionWillRenew`, `InvoiceWillBeDue`), or a verb's present and
//!    when (`CardExpiresSoon`), announce it, as `About To` does: a state, an event (reading 5).
//!    `Could Not` and a verb is an attempt that failed, an event (`CouldNotDeliverParcel`; its
//!    command is the action, `DeliverParcel`). A wish for a state (`UserShouldBeActive`) is
//!    told the state reached, the request that marks it and the question (`UserActive`,
//!    `MarkUserActive`, `IsUserActive`). But
//!    `Is` (or `Is Now`) and a state closing the name is a state reached, an event, as headlines
//!    say it without the verb (`UserIsActive` as `UserActive`, `AccountIsFrozen`,
//!    `ItemsAreOutOfStock`, `IndexIsNowPresent`; the errors of the other derives leave `Is` out:
//!    `IsUserActive`, `MarkUserActive`, `FreezeAccount`); `Is` and a state right
//!    before a closing participle name a flag of the subject and what happened to it, an event
//!    (`TodoIsCompleteUpdated`: the `IsComplete` flag was updated); and a question verb first
//!    with such a clause as object asks it (`CheckLayoutIsUsed`, reading 4).
//! 3. **Event**: a subject, optional auxiliaries (`Was`, `Has Been`, `Got`, `Not`), a past
//!    participle or simple past, then an optional complement (`ItemMovedToWishlist`,
//!    `TenantWasEvicted`, `TemperatureRoseAboveLimit`; a preposition stranded from its verb
//!    closes it too: `MeterWasTamperedWith`; a passive may keep an object:
//!    `UserWasGrantedAccess`); or a subject, a simple past and its
//!    object (`ShopperPlacedBasket`, `SensorWentSilent`; the subject's first and last words
//!    must not be words used mostly as verbs: `RetryFailedPayment` is a command,
//!    `SudoDeleteExpiredSubject` no event; nor a lone word that can be the imperative before
//!    a past and a plural, the set it acts on: `ArchiveCompletedOrders` is a command); or a subject, `Did` and a verb
//!    (`TokenDidExpire`); or a participle alone (`Renewed`, `WasCreated`: its subject is
//!    implied, by the enum or the module; a top-level type named `Renewed` is accepted as an
//!    event); `Got` closing a name is the past of `get` (`OrderDetailGot`); or a
//!    participle before its subject (`AddedAsset`, `FailedPayment`). Not an event: a verb
//!    first with a participle phrase on its object (`ListOrdersPlacedByUser`); `Mark`, `Set`,
//!    `Make`, `Keep`, `Flag`, `Declare`, `Leave`, `Place`, `Put` + object + state
//!    (`MarkTaskDone`, `SetBannerDisplayedOnHome`, `FlagTransactionSuspicious`: commands); a verb
//!    of informing or emitting (`Notify`, `Inform`, `Alert`, `Remind`, `Warn`, `Tell`, `Advise`,
//!    `Emit`) + whom it tells + what happened (`NotifyOrderCanceled`, `EmitOrderPlaced`:
//!    commands), unless the participle only says how the action ended (`fail`, `succeed`,
//!    `abort`, `error`, `skip`, `time out`: `NotifyCustomerFailed` is an event); a last word that is
//!    a verb of its own and the irregular past of another (`rent` of `rend`, `found`) after a
//!    verb first, which is its object (`CollectRent`; both readings when the verb is as much a
//!    noun: `OrderFound`); a last word whose past equals its base (`cost`,
//!    `cut`, `set`, `reset`, `bid`) after a verb first (`EstimateFreightCost`,
//!    `RequestAccountReset`; with two words, both readings: `PlaceBid`, `ZoomReset`; but a first
//!    word SemCor seldom tags as a verb is the subject of a last word mostly a verb, an event
//!    only: `PriceCut`, `PriceSet`, `CacheHit`).
//!    Then a **lifecycle hook**, an event: an action and a closing `Before`/`After`
//!    (`FindAfter`, `ValidateBefore`; some word before it is a verb), or `Before`/`After`
//!    first and a base verb last (`AfterCatalogueInitialize`, `BeforeOrderSave`), as
//!    frameworks name the events they fire around an action. It is tried before the question
//!    verbs, so `GetListBefore` is no query and no command; a kind suffix still decides
//!    (`ValidateBeforeCommand`).
//! 4. **Query, question verb**: `Get`, `List`, `Find`, `Count`, `Search`, `Fetch`, `Lookup`,
//!    `Query`, `Retrieve`, `Describe`, `Browse`, `Check` (not `Check In/Out`), `Select` first,
//!    or `Exists` last (after an imperative also a request: `EnsureUserExists`). A question
//!    verb first (and `Do`: `DoSomething`) is also the imperative
//!    it is, a command second, which the `Command` derive accepts (`CheckForUpdates`,
//!    `RetrieveThings`), unless a kind word closing the name says otherwise (`GetOrderQuery`)
//!    or the word after it is mostly used as a verb, so heads no object (`CheckChangeTicks`,
//!    an event of Bevy's: such a name stays only a question).
//! 5. **Event, a state reached**: a subject and a predicate adjective or state word
//!    (`FuelLow`, `TrialOver`, `ServiceDown`, `ProductBackInStock`, `ParcelReadyForPickup`,
//!    `ContractDueForRenewal`; an adjective no table has that a known verb makes with `-able`
//!    counts, `NodeSchedulable`) or an `-ing` form (`JobProcessing`, `Saving`: in progress), adverbs
//!    after it aside (`CardExpiringSoon`), or an `-ing` form with its object (`OrderAwaitingPayment`;
//!    not an `-ing` noun: `OrderShippingAddress`); an `-ing` noun right after a verb, in a name of
//!    two words, is as much the verb's object, so both derives accept it (`RecordMeeting`,
//!    `BookTraining`, `OrderProcessing`); or one thing (not a plural) `In`, `On`,
//!    `Under` or `At` something, a place as its state (`OrderOnHold`, `ShipmentInTransit`,
//!    `WardAtCapacity`; `ItemsInCart` is data; `PlaceOnHold`, a verb that puts its object
//!    somewhere, is a command; a subject as much a verb is `Under` a status too:
//!    `ClaimUnderReview`; a subject of several words when its first is no verb at all:
//!    `WorkflowJobInProgress`, not `StoreFileInCache`); or a subject `Near` a limit
//!    (`KeyNearExpiry`); or a subject `Above` or `Below` a level (`TemperatureAboveLimit`,
//!    `StockLevelBelowThreshold`); with no subject, `About To` and a verb, `Out Of`
//!    something, a lack or an excess (`AboutToWait`, `OutOfStock`, `InsufficientFunds`,
//!    `NotEnoughSeats`, `NoPendingMigrations`: `No` and a plural; `TooManyRequests`), or an
//!    inability (`UnableToReserveStock`); not a past form alone before the rest, which is
//!    a participle with its subject implied (`SwitchedOff`, `ArrivedAtStation`: reading 8).
//!    A state word alone (`Up`, `Off`) names no verb: a variant of it reads with its enum
//!    (`LinkEvent::Down`, `LightCommand::Off`). A subject that is as much a verb (`Rent`, `Permit`: no
//!    subject of reading 3) reaches a state only by an adjective that is neither a verb nor a
//!    noun, which no imperative takes as object (`RentOverdue`, `PermitPending`); not after a
//!    linking verb (`ComeOnline`, `GoPublic`), a verb of reading 3's `Mark` list (`KeepAlive`),
//!    nor before a quantifier (`ReadAll`) or an adjective WordNet also lists as a noun
//!    (`CloseTerminal`: generated table, 863 words). After a verb first, such an adjective is
//!    the verb's object first and the subject's state second, both derives accept it
//!    (`LoadAggregate`, `SilenceAlert`: code names things with adjectives), unless it names a
//!    passing state (`Complete`, `Open`, `Pending`, `Ready`, `Low`, …: a short hand list), which
//!    stays the subject's state (`FuelLow`, `OrderReady`); and a verb before a passing state
//!    names its work and the state it is in, a request too (`UpdateAvailable`,
//!    `DownloadComplete`, `FileOpen`). A state reached is a fact.
//!    An `-ing` form first, then its object, is an action in progress (`RetrievingKey`,
//!    `ForgettingKey`: frameworks dispatch such events while the action runs), unless WordNet
//!    knows the `-ing` word as a noun (`ShippingAddress`, `GreetingRequest`: it modifies the
//!    noun; 1,778 nouns, generated) or it is an adjective (`PendingOrder`).
//! 6. **Event, a happening**: a subject and a last word used mostly as a verb (SemCor tags it
//!    as a verb more often, or WordNet knows it only as a verb) or a closed phrasal compound,
//!    (after a first word that is no verb, one verb may modify it: `PointerDragEnter`),
//!    as UI and infrastructure code name events (`PointerMove`, `ValueChange`,
//!    `ServiceStart`, `WindowsServiceUninstall`, `ConnectionShutdown`). With `Create` or
//!    `Delete` last it is no happening but the operation named object first, as CRUD code names
//!    its commands (`PostCreate`, `CategoryDelete`; two blind readers read all such names so):
//!    a command, unless a kind word says otherwise (`GuildCreateEvent`,
//!    `GatewayEvent::GuildCreate` are events). The subject is no word
//!    SemCor tags as a verb at least half as often as a noun: such a word opens an imperative
//!    (`EndShift`, `PlaceCall`, `OrderLabTest`; a UI event `FocusChange` takes `allow_name`). A name closed by
//!    `Request`, `Reply` or `Response` names a message, not a happening (`HeartbeatRequest`).
//!    Before it, a command named with who asks for it: a noun whose most frequent sense
//!    WordNet files under `noun.person` (generated, 10,117 nouns, and the clipping `admin`),
//!    then a verb used mostly or often as a verb and its object (`UserChangePassword`,
//!    `CustomerPlaceOrder`, `AdminBanUser`, `DriverAcceptRide`: not the driver's
//!    accept-ride) is a command (with a question verb, a query too: `AdminGetToken`), unless the last word heads a noun phrase (`Status`, `Info`,
//!    `Request`, an agent noun) or, after a verb as much a noun, names an occurrence
//!    (`UserNameChange`). `System`, `Pointer`, `Order` name no person.
//! 7. **Command**: a base-form verb first (possibly prefixed, possibly with its particle:
//!    `LogIn`, `CheckOutCart`, or the particle after the object, as English puts it:
//!    `LogUserOff`, `CheckInventoryItemIn`, `SetFundsAside`: `aside` and `apart` are particles
//!    too; a prefix or an adverb in `-ly` may be written apart,
//!    and an adjective may modify a CRUD verb: `ReRunJob`, `AutoRenewSubscription`,
//!    `PartiallyRefundOrder`, `SoftDeleteEmployee`), then anything. When that verb is as much a noun (`order`,
//!    `cart`, `email`), a name that ends in a data noun (`Info`, `Details`, `Dto`, `Summary`,
//!    … `HEAD_NOUNS`) is a noun phrase (`OrderInfo`), and one that ends in `Status`, `Item`,
//!    `Address`, `Id`, `Level`, `Log`, … or continues with `By`/`For`/`Of`, or is one noun
//!    of two words in WordNet (`TaxRate`, `ExchangeRate`), reads as a noun phrase first and a
//!    command second (`OrderStatus`, `CartItem`, `StockLevel`, `OrderById`): the `Command` and
//!    `Query` derives accept it, the `Event` derive tells you to name what happened to it
//!    (`OrderStatusChanged`, never `StatusOrdered`). `Request`, `Reply`, `Response` closing it do the same
//!    (`FireSchedulerRequest`), and so does a noun of the one who does a verb (`RateDriver`,
//!    `FireAwsScheduler`: rate the driver, or a rate driver). A word SemCor hardly ever tags as a verb (at least 10 noun
//!    tags, verb tags at most 1% of them: `room`, `team`, `vector`, `mouse`; not 22 verbs of
//!    everyday software and business use, `sort`, `route`, `fund`) opens no
//!    imperative in a name of several words (`RoomMessageText` has no verb, `TeamPlanReset`
//!    is only a fact), unless its particle follows as WordNet lists the phrasal verb
//!    (`PhaseOutTariff`: phase out); `verb WORD` in the vocabulary makes it one.
//!    A whole type's name that is one verb alone (`Activate`, `Freeze`, `Resize`) is its
//!    imperative, a command: business code names the event `Activated`. (UI toolkits name
//!    the event of a click `Click`, 15 events of the development corpus; the validation
//!    corpus has 10 such commands, `Activate`, `Freeze`, `Login`, which an `Event` derive
//!    would let through. A UI event named so takes `allow_name`.)
//! 8. **Event, an occurrence**: no verb, but the last word names an occurrence: a noun whose
//!    most frequent sense WordNet files under `noun.event` (`Heartbeat`, `IncrementalRuleChange`,
//!    `ButtonClick`), or, after what it happened to, the noun of a verb's act or of what it brings
//!    about (`AccountWithdrawal`, `PaymentFailure`, `DecoderBomRemoval`, `UserRegistration`:
//!    WordNet derives the noun from the verb, one of its two most frequent senses is filed under
//!    `noun.act`, `noun.event`, `noun.process` or `noun.phenomenon`, and the noun is no verb
//!    itself; generated, 2,573 nouns). Not after a preposition (`TimeOfChange` is data); the
//!    act's noun not alone (`Payment`, `Registration`: the thing, an entity as often as a
//!    happening), after an adjective first (`IncompleteAssignment`: a kind of assignment) or
//!    after a word mostly a verb (`SystemCancelRemoval`: its object);
//!    `Request`, `Reply`, `Response` close a message (`WithdrawalRequest`, reading 9); and an
//!    imperative before it stays one (`ApproveWithdrawal`, `RetryFailure`, `CancelRemoval`,
//!    `ProcessPayment`). A noun of an act, `Of` and an `-ing` form is the act of doing it
//!    (`AttemptOfLoggingInToInactiveAccount`; an imperative takes no `Of`). A verb as much a
//!    noun before such a noun (`MapFailure`, `RequestCompletion`, `AddressChange`) stays an
//!    imperative for a type (`ProcessPayment`, `RecordShipment` are commands of that shape),
//!    but in an enum whose kind word is `Event` it is the occurrence
//!    (`GatewayEvent::MapFailure`, `StreamMuxerEvent::AddressChange`). Derived as a `Command`,
//!    an occurrence is told to derive `Event`, or to ask for it with a verb (`EmitHeartbeat`);
//!    where the `Event` derive rejects it (a `…Command` suffix), the suggestion is the noun's
//!    verb as a participle after its subject (`PaymentFailureCmd` → `PaymentFailed`), and so it
//!    is for a type read as an imperative whose verb is as much a noun, before a `noun.event`
//!    noun that is a verb too (`AddressChange` → `AddressChanged`, not `ChangeAddressed`).
//!    Measured on the five name sets: accepted +6 development, +3 validation, +3 held-out
//!    names; caught unchanged but for one held-out command, `PhaseFailure` (its code base
//!    names the event `PhaseFailed`), outweighed there by two `AttemptOf…` events now caught
//!    as commands (BENCHMARKS.md, "Occurrence nouns, session 9").
//! 9. **Unknown**: no verb in a position that gives a reading (`Customer`, `ShoppingCart`).
//!    Nouns closed by `Request`, `Reply` or `Response`, with no adjective, preposition or
//!    particle before it, are a request-reply message, a command second (`HeartbeatRequest`,
//!    `GreetingReply`, `TimeoutProjectionVersionRequest`; not `HttpBadRequest`, a bad request
//!    received, nor `AboutToSendHttpRequest`).
//!
//! # Enum variants and wire names
//!
//! A variant reads with its enum's subject ([`check_variant`]): in `enum OrderEvent { Placed,
//! Shipped }` the subject is `Order` (the enum name without `Event`, `Events`, `Command`, …),
//! and a variant that gives no reading alone is read as `OrderPlaced` (`Cancel` in an
//! `OrderCommand` as `CancelOrder`). A variant that reads as another kind alone stays that
//! kind, except an imperative whose verb's participle is its base in an enum of events
//! (`JobEvent::PutOnHold` reads `JobPutOnHold`, a fact). The enum's kind word (`Event`, `Events`, `Command`, `Cmd`, `Query`, …, last in its
//! name) is evidence, as a type's own suffix is:
//! - a variant with no verb is of that kind (`WindowEvent::PointerButton`,
//!   `SwarmEvent::IncomingConnection` are events; `ViewportCommand::Visible` is a command),
//!   and so is a noun phrase that reads as an imperative only second
//!   (`UserEvent::AccessKitActionRequest` is no command);
//! - the derive of the enum's own kind reads a variant of several words that is a state
//!   reached, a happening, an occurrence or a hook with the word as suffix, which overrides
//!   those readings (`LapceWorkbenchCommand::ToggleTerminalVisual` reads
//!   `ToggleTerminalVisualCommand`, `ViewportCommand::CursorGrab` `CursorGrabCommand`:
//!   commands). A fact or an imperative stays what it is (`OrderCommand::OrderPlaced`);
//! - a variant that is one verb mostly used as a noun (`Appeal`, `Place`, `Counter`) is, in an
//!   enum of commands derived as a `Command`, the imperative done to the enum's subject
//!   (`ClaimCommand::Appeal`: appeal the claim; read with the subject, `AppealClaim` would be a
//!   happening, like `ValueChange`); in an enum of events it stays an error;
//! - in an enum of queries derived as a `Query`, a variant that is one word used at least as
//!   often as a noun names what the query returns (`AccountQuery::Balance`), and a variant
//!   opening with a participle, an `-ing` form or a state the filter (`TicketQuery::AssignedTo`,
//!   `OrderQuery::CreatedAfter`: the tickets assigned to someone; `RoomQuery::Occupied`,
//!   `DisputeQuery::AwaitingMerchantResponse`), not what happened, as the suffix of
//!   `PlacedQuery` says, and so does an adjective alone (`TableQuery::Open`); a variant of an
//!   enum named by a document
//!   (`FareReport::DailySettlement`) names its data as a query's does;
//! - a variant of an enum named only by the word (`enum Event`) has no subject to complete and
//!   names a kind of event: it reads with the word as suffix (`Event::Commit` as
//!   `CommitEvent`). With a subject, a bare verb stays an error (`OrderEvent::Cancel`);
//! - the derive of another kind reads each variant with the word as suffix, and rejects what
//!   that reading rejects (`#[derive(Command)]` on `WindowEvent::PinchGesture` reads
//!   `PinchGestureEvent`; on `MailerEvent::SendEmail`, `SendEmailEvent`): derive the enum's
//!   kind, or name the enum for the kind it holds (`MailerCommand`).
//!
//! A wire name (`name = "com.shop.order.placed"`) is read on its last dotted segment, a version
//! after it aside (`com.shop.order.placed.v1`: [`check_wire_name`]), and suggestions keep its
//! style (`com.shop.order_placed`). A last segment that is a predicate with no subject
//! (`overdue`, `ready_for_review`, `in_progress`, `will_be_due`, `is_frozen`) is read with the
//! segment before it, versions aside (`invoice.overdue` reads `invoice_overdue`), and passes
//! when the two read first as the derive's kind.
//!
//! # Typos
//!
//! A word one edit (or one swap of neighbours) from a verb form the lexicon knows, with the
//! same first and last letter, is taken for a typo when the corrected name passes:
//! `PaymentRecieved` gets "did you mean `PaymentReceived`?". A real word is no typo: the
//! nouns WordNet knows (and their plurals) and its adverbs that are one such slip from a verb
//! form (`token`/`taken`, `dividend`/`divided`, `docker`/`dicker`: 2,082 words, generated) are
//! left alone, so `RevokeToken` derived as an `Event` is read as the command it is and told
//! `TokenRevoked`; so is a `noun WORD` of the vocabulary. On the corpora and business names,
//! "did you mean" fell from 12 errors (all real words) to 1 (`Splunk`, a product name).
//! One letter put for another that is not its neighbour on the keyboard may be a verb of the
//! domain instead (`StreamScrobbled` is no misspelt `StreamScrabbled`): where a verb stands, the
//! help offers both, the correction and `verb scrobble`.
//!
//! # Morphology
//!
//! Irregular past forms come from WordNet's `verb.exc` and LemmInflect (`sent`, `rose`,
//! `withdrawn`); regular `-ed` forms are accepted when their base is a known verb: e-drop
//! (`placed`), doubled consonant (`shipped`, `cancelled`/`canceled`), y→i (`applied`), -ck
//! (`picnicked`). A regular past joined to a particle is the phrasal verb's
//! (`ProjectionVersionRequestTimedout`: timed out; `UserLoggedin`, `CartCheckedout`). A word no
//! table knows, of six letters or more, ending in `-ed`, that closes the name after its subject
//! or is the name alone (`Kegged`) is guessed to be the regular participle of a verb the lexicon lacks (`UserDeplatformed`,
//! `PostCrossposted`, `DiscussionWasStickied`: `stickied` of `sticky`) unless it is an
//! adjective (`hundred`), or one edit from a form the lexicon knows (`PaymentRecieved` gets
//! "did you mean"; a base that is an adjective made a verb, `sticky`, wins over that); elsewhere
//! in a name the error points to the vocabulary (`ZoneGeofencedByAdmin`: `verb geofence`).
//! A software or vocabulary verb the tables lack inflects like the verb it
//! ends in (`geotag` → `geotagged`). Words that are verbs themselves (`feed`, `need`, `delay`) are not read as
//! `-ed` or prefixed forms. Verbs whose participle equals the base (`reset`, `set`, `put`,
//! `cost`; from LemmInflect) are read by position. A verb may carry a prefix (`un`, `re`,
//! `de`, `pre`, `dis`, `mis`, `over`, `under`, `co`, `auto`): `UnassignTicket`,
//! `ReassignedTicket`, unless WordNet knows the whole word as a noun only (`overtime`).
//!
//! # Lexicon
//!
//! Generated by `cargo xtask lexicon` into `src/generated/lexicon.rs` from WordNet 3.0
//! (verbs, nouns, adjectives and which of them are nouns too, adverbs, SemCor counts, the nouns
//! that name an occurrence: those whose most frequent sense is in the `noun.event`
//! lexicographer file, the nouns of a verb's act with their verb (`withdrawal withdraw`:
//! derivational pointers of `data.noun` to `data.verb`), the nouns spelt as an `-ing` form, and
//! the real words one slip from a verb form; licence in
//! `data/WORDNET-LICENSE`) and LemmInflect 0.2.3's inflection table (verbs WordNet lacks such
//! as `bookmark`, past forms, past-equals-base verbs; licence in `data/LEMMINFLECT-LICENSE`;
//! where the table gives a verb only its simple past as participle, `run`: `ran`, while two
//! prefixed forms have their base, `rerun`, `overrun`, the base is taken; its regular form,
//! for a verb SemCor tags, where `verb.exc` gives an archaic one, `worked` not `wrought`, or a
//! prefix-like spelling would borrow a stem's, `derived` not `deriven`), plus a short
//! hand-kept list of software verbs neither has (`upsert`, `enqueue`, `upvote`, `geotag`,
//! `login` = `log in`; `src/software_verbs.rs`); any other phrasal verb of WordNet written
//! as one word opens a command (`LockoutConveyor`: lock out), but not with `in` or `on`
//! (`dragon` is no `drag on`). Projects add their own words with a
//! [`Vocabulary`] file; `noun WORD` stops any word, `reset` included, from being read as a
//! verb or a verb form, and makes a kind word a word of the domain (`noun event`: `CancelEvent`
//! cancels an event, a command, where `Event` alone would name the message's kind).

#![deny(missing_docs)]
// WordNet and SemCor are proper names, not code.
#![allow(clippy::doc_markdown)]

// Dependencies run one way: words, affixes, generated, software_verbs, vocabulary
// → lexicon → typo → word_classes → grammar → analysis → check → explain.
mod affixes;
mod analysis;
mod check;
mod explain;
mod grammar;
mod lexicon;
mod software_verbs;
mod typo;
mod vocabulary;
mod word_classes;
mod words;

#[rustfmt::skip]
mod generated {
    pub(crate) mod lexicon;
}

use std::fmt;

pub use analysis::{Analysis, Suggestions, classify, classify_with};
pub use check::{Violation, check, check_variant, check_wire_name, enum_subject, wire_segment};
pub use explain::explain;
pub use vocabulary::{FILE_NAME, Vocabulary, VocabularyError, load_dir, load_file};

/// What a user declared the type to be.
///
/// ```
/// use factum_naming::{Kind, Verdict};
/// assert_eq!(Verdict::from(Kind::Event), Verdict::Event);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `#[derive(Event)]`: a fact in the past tense.
    Event,
    /// `#[derive(Command)]`: a request in the imperative.
    Command,
    /// `#[derive(Query)]`: a question.
    Query,
}

impl Kind {
    /// All kinds, in declaration order.
    pub const ALL: [Kind; 3] = [Kind::Event, Kind::Command, Kind::Query];

    /// `"event"`, `"command"` or `"query"`.
    ///
    /// ```
    /// assert_eq!(factum_naming::Kind::Query.name(), "query");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Command => "command",
            Kind::Query => "query",
        }
    }

    pub(crate) fn derive(self) -> &'static str {
        match self {
            Kind::Event => "Event",
            Kind::Command => "Command",
            Kind::Query => "Query",
        }
    }
}

/// How a name reads.
///
/// ```
/// use factum_naming::{Verdict, classify};
/// assert_eq!(classify("Customer").verdict, Verdict::Unknown);
/// assert_eq!(Verdict::Event.to_string(), "event");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// A fact in the past tense (`OrderPlaced`).
    Event,
    /// A request in the imperative (`PlaceOrder`).
    Command,
    /// A question (`GetOrderById`).
    Query,
    /// None of the above (`Customer`, `UserShouldBeDeleted`).
    Unknown,
}

impl From<Kind> for Verdict {
    fn from(kind: Kind) -> Verdict {
        match kind {
            Kind::Event => Verdict::Event,
            Kind::Command => Verdict::Command,
            Kind::Query => Verdict::Query,
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Event => "event",
            Verdict::Command => "command",
            Verdict::Query => "query",
            Verdict::Unknown => "unknown",
        })
    }
}
