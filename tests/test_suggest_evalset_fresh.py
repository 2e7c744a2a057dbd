"""The fifty-one blind splits of the suggestion evaluation set (issue 15): ``fresh`` and ``fresh2``
(six encounters each), ``fresh3`` to ``fresh51`` (eight each), each written blind to the detectors
by another helper (fresh2 after fresh was scored, fresh3 in session 6, fresh4 in session 7, fresh5
in session 8, fresh6 in session 9, fresh7 in session 10, fresh8 in session 11, fresh9 in session 12,
fresh10 in session 14, fresh11 in session 15, fresh12 in session 16, fresh13 and fresh14 in session
17, fresh15 in session 18, fresh16 in session 19, fresh17 in session 21, fresh18 in session 22,
fresh19 in session 23, fresh20 in session 24, fresh21 in session 25, fresh22 in session 26, fresh23
in session 27, fresh24 in session 28, fresh25 in session 29, fresh26 and fresh27 in session 30,
fresh28 in session 31, fresh29 in session 32, fresh30 and fresh31 in session 33, fresh32 in session
34, fresh33 and fresh34 in session 35, fresh35 in session 36, fresh36 in session 37, fresh37 in
session 38, fresh38 in session 39, fresh39 in session 40, fresh40 in session 41, fresh41 in session
42, fresh42 in session 43, fresh43 in session 44, fresh44 in session 45, fresh45 in session 46,
fresh46 in session 47, fresh47 in session 48, fresh48 in session 49, fresh49 in session 50, fresh50
in session 51, fresh51 in session 52), loaded the way the benchmark loads them, labelled with live
codebook codes, in 60-130 seconds of speech each by the word-rate estimate (fresh2 synthesizes to
104-116 s, fresh3 to 88-117 s, fresh4 to 103-128 s, fresh5 to 76-108 s, fresh6 to 90-121 s; the
estimate runs a few seconds longer; fresh7 estimates to 120-128 s, fresh8 to 103-128 s and
synthesizes to 96-121 s, fresh9 estimates to 109-128 s and synthesizes to 102-125 s, fresh10
estimates to 111-126 s and synthesizes to 102-116 s, fresh11 estimates to 116-130 s and synthesizes
to 103-125 s, fresh12 estimates to 108-126 s and synthesizes to 100-122 s, fresh13 estimates to
103-128 s, fresh14 to 103-130 s, fresh15 to 79-129 s, fresh16 to 75-129 s, fresh17 to 89-129 s,
fresh18 to 91-125 s, fresh19 to 111-126 s, fresh20 to 119-125 s and synthesizes to 109-123 s,
fresh21 estimates to 118-126 s and synthesizes to 108-116 s, fresh22 estimates to 117-127 s and
synthesizes to 107-128 s, fresh23 estimates to 119-127 s and synthesizes to 109-119 s, fresh24
estimates to 114-128 s and synthesizes to 108-121 s, fresh25 estimates to 110-128 s and synthesizes
to 107-129 s, fresh26 estimates to 106-127 s, fresh27 to 105-128 s, fresh28 to 99-129 s, fresh29 to
96-127 s, fresh30 to 96-128 s, fresh31 to 96-127 s, fresh32 to 95-128 s, fresh33 to 101-127 s,
fresh34 to 101-129 s, fresh35 to 114-130 s, fresh36 to 117-130 s, fresh37 to 121-130 s, fresh38 to
100-130 s, fresh39 to 112-130 s, fresh40 to 116-129 s, fresh41 to 127-129 s, fresh42 to 116-130 s,
fresh43 to 108-130 s, fresh44 to 107-129 s, fresh45 to 101-130 s, fresh46 to 114-130 s, fresh47 to
101-130 s, fresh48 to 111-130 s, fresh49 to 110-130 s, fresh50 to 100-130 s, fresh51 to 101-130 s;
fresh3 synthesized to 87-117 s and fresh8 to 94-122 s before session 15 gave the en-gb+variant
voices their variant).
The module is long because it is one table per split (its encounters' names, moments by polarity
and by code family) and the checks every split shares; a split is added as its table, not as
new test code, so splitting the file by split would only repeat those checks."""

from __future__ import annotations

from collections import Counter

import pytest

from bodycam.annotate.codebook import default_codebook
from bodycam.suggest.evalset import (
    SPLITS,
    TRAINING_SPLITS,
    estimated_times,
    labelled_lines,
    load_encounters,
    reference_moments,
)

#: Codes the set never labels: they need the picture, and the set is audio only (README).
_SEEN_ONLY = {"uses_cover", "lowers_weapon", "civilian_complies", "closes_distance"}

#: Per blind split: its encounters, and its reference moments by polarity and by (polarity,
#: family).
EXPECTED = {
    "fresh": (
        [
            "bus_shelter_dementia_crisis",
            "eviction_standby_deescalated",
            "fare_check_escalating",
            "lost_child_fair_calm",
            "road_rage_arrest_escalating",
            "stairwell_overdose_crisis",
        ],
        {"de-escalation": 81, "escalation": 46, "context": 6, "outcome": 5},
        {
            ("de-escalation", "officer_communication"): 64,
            ("de-escalation", "officer_tactics"): 6,
            ("de-escalation", "civilian"): 8,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 21,
            ("escalation", "civilian"): 25,
            ("context", "crisis"): 6,
            ("outcome", "outcome"): 5,
        },
    ),
    "fresh2": (
        [
            "bus_station_runaway_calm",
            "campus_dorm_student_crisis",
            "dog_dispute_arrest_escalating",
            "elderly_driver_stroke_crisis",
            "garage_box_cutter_talked_down",
            "gas_station_robbery_clerk",
        ],
        {"de-escalation": 116, "escalation": 47, "context": 5, "outcome": 7},
        {
            ("de-escalation", "officer_communication"): 92,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 7,
            ("de-escalation", "crisis"): 5,
            ("escalation", "officer_escalation"): 21,
            ("escalation", "civilian"): 26,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 7,
        },
    ),
    "fresh3": (
        [
            "domestic_child_present_crisis",
            "festival_cider_tent_arrest_escalating",
            "hospital_er_trespass_deescalated",
            "noise_party_arrest_escalating",
            "parked_car_gun_call_escalating",
            "school_parent_pickup_deescalated",
            "shoplifting_juvenile_mum_calm",
            "veteran_welfare_check_crisis",
        ],
        {"de-escalation": 128, "escalation": 94, "context": 6, "outcome": 10},
        {
            ("de-escalation", "officer_communication"): 100,
            ("de-escalation", "officer_tactics"): 16,
            ("de-escalation", "civilian"): 10,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 44,
            ("escalation", "civilian"): 50,
            ("context", "crisis"): 6,
            ("outcome", "outcome"): 10,
        },
    ),
    "fresh4": (
        [
            "car_sleeper_store_lot_calm",
            "church_voices_street_triage_crisis",
            "contact_handover_carpark_deescalated",
            "deaf_cyclist_hit_and_run_calm",
            "football_turnstile_ejection_escalating",
            "mall_autistic_teen_meltdown_crisis",
            "roadworks_flagger_deescalated",
            "traveller_traffic_stop_arrest_escalating",
        ],
        {"de-escalation": 152, "escalation": 67, "context": 6, "outcome": 12},
        {
            ("de-escalation", "officer_communication"): 124,
            ("de-escalation", "officer_tactics"): 14,
            ("de-escalation", "civilian"): 10,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 24,
            ("escalation", "civilian"): 43,
            ("context", "crisis"): 6,
            ("outcome", "outcome"): 12,
        },
    ),
    "fresh5": (
        [
            "airport_curb_standing_ticket_escalating",
            "allotment_shed_widower_talkative_calm",
            "bus_stop_manic_giveaway_crisis",
            "drive_thru_diabetic_low_crisis",
            "jogger_stop_officer_recovers_deescalated",
            "laundromat_purse_interpreter_calm",
            "tram_stop_teen_scuffle_escalating",
            "wake_driveway_neighbours_deescalated",
        ],
        {"de-escalation": 128, "escalation": 57, "context": 4, "outcome": 9},
        {
            ("de-escalation", "officer_communication"): 101,
            ("de-escalation", "officer_tactics"): 11,
            ("de-escalation", "civilian"): 13,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 28,
            ("escalation", "civilian"): 29,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 9,
        },
    ),
    "fresh6": (
        [
            "harbour_slipway_trailer_ticket_escalating",
            "jobcentre_sanction_canal_crisis",
            "library_closing_sleeper_warming_centre_calm",
            "moss_lane_sheep_tractor_neighbours_deescalated",
            "motel_vent_clicking_medics_crisis",
            "rideshare_fare_back_seat_arrest_escalating",
            "wrong_flat_warrant_night_nurse_calm",
            "youth_hockey_stands_parents_deescalated",
        ],
        {"de-escalation": 131, "escalation": 79, "context": 5, "outcome": 10},
        {
            ("de-escalation", "officer_communication"): 107,
            ("de-escalation", "officer_tactics"): 10,
            ("de-escalation", "civilian"): 11,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 33,
            ("escalation", "civilian"): 46,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 10,
        },
    ),
    "fresh7": (
        [
            "barbershop_bad_fade_bill_deescalated",
            "bowling_alley_brain_injury_card_deescalated",
            "cemetery_after_hours_grave_visitor_calm",
            "council_chamber_creek_heckler_escalating",
            "fireworks_cul_de_sac_citation_escalating",
            "kebab_shop_garlic_sauce_arrest_escalating",
            "leisure_pool_lifeguard_dad_deescalated",
            "storage_unit_rope_crisis",
        ],
        {"de-escalation": 155, "escalation": 75, "context": 4, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 120,
            ("de-escalation", "officer_tactics"): 17,
            ("de-escalation", "civilian"): 15,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 30,
            ("escalation", "civilian"): 45,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh8": (
        [
            "apartment_ex_boyfriend_texts_advocate_calm",
            "basketball_court_cousins_birthday_deescalated",
            "building_site_romanian_watchman_copper_calm",
            "county_park_lost_beagle_warrant_escalating",
            "food_bank_queue_glasgow_breach_arrest_escalating",
            "impound_lot_partner_steps_in_deescalated",
            "multistorey_top_deck_oblique_crisis",
            "retail_park_stop_polite_questions_arrest_escalating",
        ],
        {"de-escalation": 142, "escalation": 77, "context": 4, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 115,
            ("de-escalation", "officer_tactics"): 13,
            ("de-escalation", "civilian"): 13,
            ("de-escalation", "crisis"): 1,
            ("escalation", "officer_escalation"): 38,
            ("escalation", "civilian"): 39,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh9": (
        [
            "back_garden_karaoke_sixtieth_humour_deescalated",
            "canal_towpath_nightdress_sundowning_calm",
            "flat_cooker_burn_partner_texts_recants_calm",
            "galley_kitchen_chef_knife_time_distance_crisis",
            "garden_centre_security_handover_arrest_escalating",
            "high_school_corridor_sro_hoodie_deescalated",
            "orchard_lane_translation_app_stop_calm",
            "roundabout_lay_by_two_drivers_deescalated",
        ],
        {"de-escalation": 159, "escalation": 52, "context": 4, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 125,
            ("de-escalation", "officer_tactics"): 19,
            ("de-escalation", "civilian"): 12,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 20,
            ("escalation", "civilian"): 32,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh10": (
        [
            "auction_mart_ewe_lot_two_dealers_plain_talk_deescalated",
            "courier_van_cloned_plate_stop_apology_deescalated",
            "cricket_pavilion_fifteen_year_old_snapchat_crisis",
            "ferry_port_check_in_lane_if_you_threats_arrest_escalating",
            "grocery_dumpster_bread_officers_disagree_calm",
            "recycling_centre_hire_van_permit_calm_pc_arrest_escalating",
            "station_front_counter_mother_son_off_clozapine_crisis",
            "village_road_closure_sportive_polite_orders_calm",
        ],
        {"de-escalation": 154, "escalation": 96, "context": 4, "outcome": 10},
        {
            ("de-escalation", "officer_communication"): 126,
            ("de-escalation", "officer_tactics"): 13,
            ("de-escalation", "civilian"): 13,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 48,
            ("escalation", "civilian"): 48,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 10,
        },
    ),
    "fresh11": (
        [
            "car_wash_unpaid_wages_polish_washer_deescalated",
            "level_crossing_car_at_half_barrier_nine_fifty_two_crisis",
            "motorway_services_coach_driver_mouthwash_breath_test_calm",
            "nail_salon_gel_set_refund_owner_and_bridesmaid_deescalated",
            "scrapyard_weighbridge_sawn_catalytic_converters_arrest_escalating",
            "seafront_prom_e_scooter_student_rider_warning_calm",
            "tattoo_studio_drunk_walk_in_girlfriends_name_arrest_escalating",
            "vet_clinic_after_hours_old_dog_put_down_crisis",
        ],
        {"de-escalation": 156, "escalation": 74, "context": 6, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 124,
            ("de-escalation", "officer_tactics"): 15,
            ("de-escalation", "civilian"): 13,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 41,
            ("escalation", "civilian"): 33,
            ("context", "crisis"): 6,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh12": (
        [
            "all_night_pharmacy_greeting_cards_loose_ends_crisis",
            "ballpark_gate_counterfeit_tickets_scalper_arrest_escalating",
            "bonfire_night_taxi_rank_veteran_under_a_cab_crisis",
            "car_boot_sale_knock_off_perfume_trader_summons_escalating",
            "driveway_repo_tow_school_bus_driver_deescalated",
            "ice_cream_truck_chimes_after_eight_neighbor_warning_calm",
            "polling_station_teller_rosette_by_the_door_calm",
            "self_checkout_unscanned_nappies_guard_and_new_dad_deescalated",
        ],
        {"de-escalation": 150, "escalation": 73, "context": 3, "outcome": 10},
        {
            ("de-escalation", "officer_communication"): 113,
            ("de-escalation", "officer_tactics"): 15,
            ("de-escalation", "civilian"): 19,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 40,
            ("escalation", "civilian"): 33,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 10,
        },
    ),
    "fresh13": (
        [
            "bin_lorry_terrace_belfast_van_driver_fixed_penalty_escalating",
            "gym_locker_twelve_dads_watch_arrest_escalating",
            "hotel_lobby_wrong_floor_keycard_jetlagged_australian_calm",
            "mosque_car_park_eid_morning_blocked_drive_calm",
            "pawn_shop_counter_ring_on_the_stolen_list_arrest_escalating",
            "phone_mast_field_crowbar_buzzing_in_his_teeth_crisis",
            "post_office_counter_payment_day_learning_disability_deescalated",
            "welsh_wedding_marquee_best_man_speech_brothers_deescalated",
        ],
        {"de-escalation": 148, "escalation": 89, "context": 4, "outcome": 12},
        {
            ("de-escalation", "officer_communication"): 119,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 14,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 45,
            ("escalation", "civilian"): 44,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 12,
        },
    ),
    "fresh14": (
        [
            "cash_and_carry_car_park_reversing_bump_grandson_interprets_calm",
            "cinema_foyer_row_g_seat_refund_arrest_escalating",
            "clifftop_coast_path_fisherman_boat_sold_crisis",
            "country_park_car_park_stargazer_telescope_calm",
            "hospital_parking_garage_barrier_arm_snapped_summons_escalating",
            "mobile_home_park_lot_rent_meeting_residents_deescalated",
            "nightclub_queue_spiked_drink_student_legs_gone_crisis",
            "station_platform_quiet_coach_phone_call_deescalated",
        ],
        {"de-escalation": 171, "escalation": 71, "context": 6, "outcome": 10},
        {
            ("de-escalation", "officer_communication"): 131,
            ("de-escalation", "officer_tactics"): 16,
            ("de-escalation", "civilian"): 20,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 42,
            ("escalation", "civilian"): 29,
            ("context", "crisis"): 6,
            ("outcome", "outcome"): 10,
        },
    ),
    "fresh15": (
        [
            "bus_depot_canteen_driver_panic_attack_after_the_cyclist_crisis",
            "car_lot_overnight_test_drive_reported_stolen_stop_calm",
            "dairy_farm_empty_parlour_herd_culled_gun_cabinet_key_crisis",
            "dental_surgery_reception_swollen_jaw_clipboard_arrest_escalating",
            "diy_store_car_park_blue_badge_bay_autistic_son_deescalated",
            "stadium_lot_tailgate_open_cans_ticket_escalating",
            "tenement_doorstep_curry_delivered_to_12b_rider_deescalated",
            "village_fete_tombola_cash_tin_under_the_sponges_calm",
        ],
        {"de-escalation": 128, "escalation": 42, "context": 6, "outcome": 6},
        {
            ("de-escalation", "officer_communication"): 100,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 11,
            ("de-escalation", "crisis"): 5,
            ("escalation", "officer_escalation"): 24,
            ("escalation", "civilian"): 18,
            ("context", "crisis"): 6,
            ("outcome", "outcome"): 6,
        },
    ),
    "fresh16": (
        [
            "apartment_mailroom_eviction_notice_mothers_pills_crisis",
            "betting_shop_wages_in_the_machine_railway_embankment_crisis",
            "bodega_counter_scratch_off_misprint_trespass_arrest_escalating",
            "charity_shop_doorway_donation_bags_late_wifes_coat_calm",
            "farmers_market_peach_stall_spot_fourteen_deescalated",
            "golf_course_seventh_hole_slice_through_kitchen_window_calm",
            "night_bus_top_deck_speakerphone_to_hospital_deescalated",
            "snooker_hall_snapped_cue_table_six_fixed_penalty_escalating",
        ],
        {"de-escalation": 133, "escalation": 49, "context": 5, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 102,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 15,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 27,
            ("escalation", "civilian"): 22,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh17": (
        [
            "aquarium_shark_tunnel_closing_time_signals_in_the_water_crisis",
            "balloon_landing_paddock_spooked_mare_through_the_fence_calm",
            "campsite_loop_c_generator_fumes_asthma_and_cpap_deescalated",
            "car_plant_gatehouse_redundancy_money_gone_hosepipe_crisis",
            "driving_test_centre_third_fail_dad_at_the_window_deescalated",
            "marina_no_wake_zone_jet_ski_donuts_citation_escalating",
            "river_path_no_lights_night_shift_baker_warning_calm",
            "tyre_shop_forecourt_budget_tyres_making_off_arrest_escalating",
        ],
        {"de-escalation": 153, "escalation": 62, "context": 5, "outcome": 9},
        {
            ("de-escalation", "officer_communication"): 117,
            ("de-escalation", "officer_tactics"): 17,
            ("de-escalation", "civilian"): 16,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 34,
            ("escalation", "civilian"): 28,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 9,
        },
    ),
    "fresh18": (
        [
            "blackpool_beach_lifeguard_hut_midnight_walked_into_the_sea_crisis",
            "cathedral_close_busker_amplifier_evensong_fixed_penalty_escalating",
            "crematorium_car_park_ashes_urn_ex_wife_and_partner_deescalated",
            "forest_road_deer_strike_home_nurse_airbag_burn_calm",
            "interstate_off_ramp_crash_livestreamer_obstruction_arrest_escalating",
            "leylandii_hedge_chainsaw_widower_under_the_ladder_deescalated",
            "mobility_scooter_bypass_anniversary_carnations_hearing_aid_calm",
            "shopping_centre_phone_repair_kiosk_chip_in_the_phone_screwdriver_crisis",
        ],
        {"de-escalation": 164, "escalation": 61, "context": 7, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 126,
            ("de-escalation", "officer_tactics"): 17,
            ("de-escalation", "civilian"): 15,
            ("de-escalation", "crisis"): 6,
            ("escalation", "officer_escalation"): 32,
            ("escalation", "civilian"): 29,
            ("context", "crisis"): 7,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh19": (
        [
            "bingo_hall_split_jackpot_dabber_threat_two_regulars_deescalated",
            "county_courthouse_metal_detector_dads_pocketknife_custody_hearing_arrest_escalating",
            "crown_green_bowling_club_dawn_detectorist_over_the_wrong_fence_calm",
            "driver_license_office_three_hour_wait_wife_chemo_proof_of_address_deescalated",
            "farm_gateway_fly_tipped_rubble_tipper_van_fixed_penalty_escalating",
            "marathon_mile_twenty_four_runner_heat_stroke_wife_with_the_sign_crisis",
            "maternity_unit_car_park_new_mum_swapped_baby_heavy_bleeding_crisis",
            "snow_day_cul_de_sac_teen_shovelling_for_hire_suspicious_caller_calm",
        ],
        {"de-escalation": 160, "escalation": 82, "context": 4, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 125,
            ("de-escalation", "officer_tactics"): 17,
            ("de-escalation", "civilian"): 14,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 45,
            ("escalation", "civilian"): 37,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh20": (
        [
            "high_school_stadium_bleachers_sextortion_seventeen_year_old_dads_pills_crisis",
            "houston_duplex_changed_locks_tenant_sons_insulin_in_the_fridge_landlord_deescalated",
            "infirmary_helipad_hobby_drone_air_ambulance_inbound_words_of_advice_calm",
            "lake_winnebago_boat_launch_walleye_over_the_bag_limit_warden_citation_escalating",
            "queens_accountants_office_three_am_silent_alarm_new_night_cleaner_wrong_code_calm",
            "static_caravan_gas_heater_carbon_monoxide_muddled_grandad_and_his_collie_crisis",
            "station_taxi_rank_guide_dog_refused_allergic_driver_and_her_partner_deescalated",
            "train_depot_sidings_graffiti_writer_mate_on_the_running_lines_btp_arrest_escalating",
        ],
        {"de-escalation": 175, "escalation": 80, "context": 2, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 137,
            ("de-escalation", "officer_tactics"): 15,
            ("de-escalation", "civilian"): 21,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 46,
            ("escalation", "civilian"): 34,
            ("context", "crisis"): 2,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh21": (
        [
            "bridgetown_beach_hair_braider_cruise_couple_bajan_dollars_deescalated",
            "cairns_backpacker_hostel_kitchen_seizure_tablets_in_the_stolen_bag_crisis",
            "connemara_n59_garda_checkpoint_learner_driver_alone_to_the_early_shift_calm",
            "lancaster_county_route_340_amish_buggy_dead_lamp_pickup_driver_warning_calm",
            "montreal_plateau_snow_clearing_night_car_on_the_tow_hook_ticket_escalating",
            "reno_casino_blackjack_pit_trespassed_card_counter_arrest_escalating",
            "salford_quays_tower_crane_cab_laid_off_driver_on_the_site_radio_crisis",
            "sheffield_sunday_league_pitch_red_card_referee_shoved_deescalated",
        ],
        {"de-escalation": 170, "escalation": 93, "context": 5, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 126,
            ("de-escalation", "officer_tactics"): 15,
            ("de-escalation", "civilian"): 26,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 49,
            ("escalation", "civilian"): 44,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh22": (
        [
            "cardiff_bay_barrage_student_paracetamol_after_failed_resits_crisis",
            "dunedin_castle_street_couch_fire_before_exams_formal_warning_calm",
            "durban_north_beach_pier_bait_knife_fisherman_and_surfer_deescalated",
            "isle_of_skye_passing_place_campervan_sheep_lorry_words_of_advice_calm",
            "kingston_half_way_tree_robot_taxi_no_road_licence_tickets_escalating",
            "leicester_belgrave_road_baraat_horse_and_the_number_ten_bus_deescalated",
            "nashville_broadway_pedal_tavern_groom_in_the_road_arrest_escalating",
            "vancouver_seabus_terminal_name_in_the_announcements_cantonese_mum_crisis",
        ],
        {"de-escalation": 184, "escalation": 86, "context": 8, "outcome": 12},
        {
            ("de-escalation", "officer_communication"): 130,
            ("de-escalation", "officer_tactics"): 13,
            ("de-escalation", "civilian"): 36,
            ("de-escalation", "crisis"): 5,
            ("escalation", "officer_escalation"): 44,
            ("escalation", "civilian"): 42,
            ("context", "crisis"): 8,
            ("outcome", "outcome"): 12,
        },
    ),
    "fresh23": (
        [
            "birmingham_new_street_christmas_market_crepe_hazelnut_anaphylaxis_adrenaline_pen_crisis",
            "derry_guildhall_square_halloween_zombie_chainless_chainsaw_no_further_action_calm",
            "gibraltar_apes_den_crisps_macaque_sunglasses_tourist_and_tour_driver_deescalated",
            "halifax_harbourfront_boardwalk_student_self_harm_blade_by_the_wave_crisis",
            "honolulu_kaimana_beach_monk_seal_pup_selfie_inside_the_rope_warning_calm",
            "melbourne_mcg_boxing_day_test_pitch_invader_with_the_bails_arrest_escalating",
            "new_orleans_st_charles_avenue_parade_ladder_on_the_curb_summons_escalating",
            "singapore_tampines_void_deck_hungry_ghost_joss_paper_and_the_asthmatic_boy_deescalated",
        ],
        {"de-escalation": 187, "escalation": 96, "context": 5, "outcome": 12},
        {
            ("de-escalation", "officer_communication"): 132,
            ("de-escalation", "officer_tactics"): 14,
            ("de-escalation", "civilian"): 37,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 55,
            ("escalation", "civilian"): 41,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 12,
        },
    ),
    "fresh24": (
        [
            "anchorage_muldoon_school_bus_stop_cow_moose_fed_carrots_warning_calm",
            "bermuda_south_road_cup_match_roadside_check_bike_rider_refuses_breath_test_arrest_escalating",
            "hong_kong_central_sunday_footbridge_helpers_picnic_mat_delivery_cyclist_deescalated",
            "isle_of_man_bray_hill_tt_fortnight_spectator_on_the_course_wall_warning_calm",
            "jersey_st_ouen_hedge_veg_honesty_box_royals_farmer_and_tourist_deescalated",
            "keswick_cat_bells_car_park_fell_walker_angina_spray_chest_pain_air_ambulance_crisis",
            "phoenix_camelback_hardware_store_lot_husky_in_the_hot_pickup_cruelty_citation_escalating",
            "valletta_upper_barrakka_saluting_battery_noon_gun_aimed_at_him_crisis",
        ],
        {"de-escalation": 165, "escalation": 84, "context": 4, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 128,
            ("de-escalation", "officer_tactics"): 9,
            ("de-escalation", "civilian"): 25,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 49,
            ("escalation", "civilian"): 35,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh25": (
        [
            "ayia_napa_bar_crawl_rep_megaphone_under_the_balconies_after_midnight_fine_escalating",
            "breckenridge_peak_8_lift_line_snowboarder_through_the_ski_school_lane_arrest_escalating",
            "grand_cayman_west_bay_dive_dock_the_bends_taken_for_a_drunk_tourist_crisis",
            "hull_asylum_hotel_fire_escape_sudanese_doctor_after_the_refusal_letter_crisis",
            "kirkwall_harbour_bar_pub_quiz_phone_in_the_gents_pint_thrown_two_teams_deescalated",
            "ladybower_reservoir_dawn_wild_swimmer_near_the_bellmouth_overflow_words_of_advice_calm",
            "toronto_roncesvalles_cafe_breastfeeding_mum_told_to_cover_up_owner_and_partner_deescalated",
            "wellington_lambton_quay_bus_stop_courier_with_a_stammer_and_the_insulin_parcel_warning_calm",
        ],
        {"de-escalation": 177, "escalation": 89, "context": 6, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 133,
            ("de-escalation", "officer_tactics"): 11,
            ("de-escalation", "civilian"): 29,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 49,
            ("escalation", "civilian"): 40,
            ("context", "crisis"): 6,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh26": (
        [
            "amsterdam_oudezijds_canal_bridge_stag_weekend_first_magic_truffles_water_saying_his_name_crisis",
            "chicago_pilsen_snow_day_shovelled_parking_spot_lawn_chairs_nurse_dug_in_deescalated",
            "edinburgh_royal_mile_fringe_fire_juggler_refuelling_by_the_front_row_words_of_advice_calm",
            "fort_worth_stockyards_rodeo_night_pickup_in_the_fire_lane_old_dog_in_the_cab_citation_escalating",
            "port_of_spain_ariapita_avenue_carnival_monday_music_truck_and_the_doubles_cart_deescalated",
            "savannah_forsyth_park_fountain_bachelorette_rose_bottle_and_the_go_cup_rule_warning_calm",
            "westminster_bridge_three_cup_game_tourists_two_hundred_pounds_fraud_arrest_escalating",
            "whitby_abbey_car_park_dusk_carer_after_his_wife_went_into_a_home_goodbye_text_crisis",
        ],
        {"de-escalation": 158, "escalation": 71, "context": 5, "outcome": 10},
        {
            ("de-escalation", "officer_communication"): 120,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 23,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 43,
            ("escalation", "civilian"): 28,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 10,
        },
    ),
    "fresh27": (
        [
            "cambridge_kings_parade_may_week_night_climbers_down_from_the_senate_house_roof_words_of_advice_calm",
            "cape_town_sea_point_promenade_car_guard_reversed_into_by_a_tourist_who_would_not_tip_deescalated",
            "glasgow_airport_arrivals_hall_backpacker_home_from_bangkok_sure_the_cameras_are_filming_his_show_crisis",
            "las_vegas_fremont_street_costumed_superhero_holds_a_tourists_phone_for_a_photo_tip_citation_escalating",
            "lisbon_alfama_tram_28_tourist_dad_on_the_back_bumper_up_to_graca_warning_calm",
            "miami_beach_ocean_drive_spring_break_rented_supercar_revving_into_the_crosswalk_arrest_escalating",
            "reykjavik_saebraut_sun_voyager_february_night_tourist_wet_through_after_the_northern_lights_hypothermia_crisis",
            "richmond_park_sawyers_hill_sunday_cyclist_and_the_cockapoo_on_an_extending_lead_across_the_road_deescalated",
        ],
        {"de-escalation": 144, "escalation": 78, "context": 4, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 108,
            ("de-escalation", "officer_tactics"): 11,
            ("de-escalation", "civilian"): 22,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 53,
            ("escalation", "civilian"): 25,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh28": (
        [
            "austin_sixth_street_pedicab_rider_keeps_the_tourists_card_after_a_hundred_and_twenty_dollar_ride_citation_escalating",
            "bristol_bedminster_terrace_charging_cable_across_the_pavement_blind_neighbour_went_over_son_pulled_the_plug_deescalated",
            "calgary_city_hall_ctrain_platform_woman_sure_her_brother_is_an_impostor_pact_clinician_crisis",
            "nottingham_old_market_square_bench_student_in_a_sickle_cell_pain_crisis_steward_thought_spice_crisis",
            "rotorua_kuirau_park_grandad_over_the_fence_for_the_sunhat_on_the_steaming_crust_warning_calm",
            "scottsdale_chaparral_park_pickleball_court_four_paddle_thrown_at_the_fence_two_retirees_deescalated",
            "sydney_circular_quay_new_years_eve_brisbane_man_over_the_harbour_railing_move_on_direction_arrest_escalating",
            "york_city_walls_after_dusk_salem_ghost_tour_guide_and_the_scream_under_bootham_bar_words_of_advice_calm",
        ],
        {"de-escalation": 148, "escalation": 71, "context": 4, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 114,
            ("de-escalation", "officer_tactics"): 10,
            ("de-escalation", "civilian"): 21,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 42,
            ("escalation", "civilian"): 29,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh29": (
        [
            "boston_castle_island_dawn_firefighter_piping_amazing_grace_for_his_lieutenant_condo_caller_calm",
            "brighton_western_road_rush_hour_bus_wheelchair_space_and_the_sleeping_reflux_baby_driver_wont_pull_away_deescalated",
            "hebden_bridge_burnley_road_flood_pickup_round_the_road_closed_sign_son_for_his_mam_obstruction_arrest_escalating",
            "inch_strand_kerry_anniversary_sky_lanterns_over_the_dunes_farmer_and_the_hay_shed_warning_calm",
            "milwaukee_bay_view_school_crossing_guard_lexus_round_the_stop_paddle_realtor_late_for_a_closing_citation_escalating",
            "plymouth_derriford_hospital_roof_garden_dawn_paediatric_registrar_after_a_lost_resus_liaison_nurse_crisis",
            "port_adelaide_workshop_ute_held_over_a_brake_bill_fifo_worker_and_the_mechanic_with_the_wheel_brace_deescalated",
            "winnipeg_main_street_heated_bus_shelter_minus_thirty_man_three_days_off_the_drink_seeing_beetles_withdrawal_crisis",
        ],
        {"de-escalation": 146, "escalation": 77, "context": 5, "outcome": 11},
        {
            ("de-escalation", "officer_communication"): 105,
            ("de-escalation", "officer_tactics"): 14,
            ("de-escalation", "civilian"): 22,
            ("de-escalation", "crisis"): 5,
            ("escalation", "officer_escalation"): 41,
            ("escalation", "civilian"): 36,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 11,
        },
    ),
    "fresh30": (
        [
            "a55_llanddulas_hard_shoulder_two_am_second_baby_coming_fast_on_the_way_to_glan_clwyd_roads_policing_crisis",
            "auckland_grey_lynn_farmers_market_two_exes_both_holding_the_lead_of_the_staffy_they_each_call_theirs_deescalated",
            "bend_oregon_phils_trailhead_red_flag_afternoon_lit_cigarette_flicked_from_a_pickup_into_the_pine_needles_citation_escalating",
            "brisbane_logan_road_servo_at_three_am_boy_of_eleven_sleepwalking_barefoot_in_his_pyjamas_calm",
            "brooklyn_dyker_heights_christmas_lights_tour_bus_across_the_night_nurses_driveway_and_the_display_owner_deescalated",
            "epping_forest_high_beach_dawn_laid_off_chef_picking_ceps_by_the_crate_for_shoreditch_and_the_keeper_warning_calm",
            "niagara_falls_table_rock_railing_november_night_widow_who_wired_her_savings_to_a_romance_scammer_crisis",
            "perthshire_river_tay_below_stanley_midnight_gill_net_across_the_pool_water_bailiff_and_the_poacher_arrest_escalating",
        ],
        {"de-escalation": 135, "escalation": 67, "context": 3, "outcome": 9},
        {
            ("de-escalation", "officer_communication"): 105,
            ("de-escalation", "officer_tactics"): 13,
            ("de-escalation", "civilian"): 14,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 38,
            ("escalation", "civilian"): 29,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 9,
        },
    ),
    "fresh31": (
        [
            "chicago_montrose_beach_closed_for_eight_foot_waves_triathlete_swimming_past_the_buoys_lifeguard_waved_off_ticket_escalating",
            "fermanagh_lisnaskea_road_june_evening_pensioner_off_his_licence_for_his_eyes_driving_the_ride_on_mower_to_the_pub_warning_calm",
            "hobart_sandy_bay_primary_school_hedge_at_dusk_retired_surveyor_hunting_a_geocache_mum_rang_it_in_calm",
            "lake_george_rental_cabin_sunday_checkout_split_hot_tub_cover_owner_parks_his_pickup_behind_the_family_minivan_deescalated",
            "lincolnshire_fen_drove_near_holbeach_november_dawn_lurchers_after_hares_on_the_winter_wheat_farmer_blocked_the_pickup_coursing_arrest_escalating",
            "staffordshire_national_memorial_arboretum_july_dawn_father_by_his_sons_name_on_the_anniversary_with_the_medals_and_the_whisky_crisis",
            "stradbally_festival_campsite_two_am_first_year_student_overheating_after_a_pill_friend_flags_down_the_garda_medical_tent_crisis",
            "victoria_bc_fernwood_back_lane_beehives_on_the_garage_roof_mother_up_a_ladder_with_wasp_spray_after_her_boy_was_stung_twice_deescalated",
        ],
        {"de-escalation": 138, "escalation": 70, "context": 4, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 103,
            ("de-escalation", "officer_tactics"): 10,
            ("de-escalation", "civilian"): 21,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 42,
            ("escalation", "civilian"): 28,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh32": (
        [
            "boise_overland_road_twenty_four_hour_gym_two_am_nursing_student_three_hours_on_the_stair_climber_eating_disorder_back_paramedics_crisis",
            "canberra_lake_ginninderra_barbecue_shelter_saturday_tongan_first_birthday_and_the_office_picnic_on_the_wrong_week_deescalated",
            "cornwall_a30_near_bodmin_tuesday_morning_young_funeral_director_late_for_a_collection_hearse_at_seventy_nine_warning_calm",
            "guernsey_vale_cottage_three_weeks_after_the_funeral_clearance_van_at_the_door_sister_off_the_southampton_flight_deescalated",
            "henley_royal_regatta_stewards_enclosure_gate_saturday_evening_old_oarsman_without_his_badge_drunk_and_disorderly_arrest_escalating",
            "lindisfarne_holy_island_causeway_october_dusk_tide_coming_in_woman_in_her_car_after_her_cancer_came_back_sleeping_tablets_crisis",
            "ontario_highway_11_near_gravenhurst_june_friday_cottage_traffic_g2_driver_at_one_forty_two_stunt_driving_summons_escalating",
            "vermont_tunbridge_sugarhouse_march_near_midnight_widower_boiling_sap_phone_dead_in_his_coat_daughter_in_boston_rang_calm",
        ],
        {"de-escalation": 140, "escalation": 71, "context": 6, "outcome": 7},
        {
            ("de-escalation", "officer_communication"): 103,
            ("de-escalation", "officer_tactics"): 11,
            ("de-escalation", "civilian"): 20,
            ("de-escalation", "crisis"): 6,
            ("escalation", "officer_escalation"): 40,
            ("escalation", "civilian"): 31,
            ("context", "crisis"): 6,
            ("outcome", "outcome"): 7,
        },
    ),
    "fresh33": (
        [
            "bridlington_harbour_top_august_bank_holiday_dad_in_the_chippy_queue_two_kids_locked_in_the_car_in_the_sun_retired_nurse_rang_warning_calm",
            "county_clare_n85_near_inagh_saturday_noon_baker_at_thirty_with_the_hazards_on_three_tier_wedding_cake_for_her_niece_tailback_calm",
            "county_durham_farmhouse_near_consett_sunday_teatime_cockapoo_bought_for_eighteen_hundred_parvo_by_tuesday_buyer_kicking_the_breeders_gate_deescalated",
            "inverness_ness_islands_footbridge_half_four_on_a_may_morning_mother_three_weeks_after_the_birth_with_the_pram_sure_the_baby_was_swapped_crisis",
            "myrtle_beach_ocean_boulevard_senior_week_eleven_pm_four_ohio_grads_in_a_rented_golf_cart_cooler_of_hard_seltzer_minor_in_possession_citation_escalating",
            "philadelphia_kensington_avenue_under_the_el_january_seven_am_woman_asleep_in_a_corner_store_doorway_tranq_wound_gone_black_outreach_van_crisis",
            "portland_gateway_transit_center_bike_lockers_one_am_angle_grinder_on_a_u_lock_ebike_comes_back_stolen_from_beaverton_arrest_escalating",
            "st_johns_newfoundland_gower_street_saturday_night_find_my_phone_dot_on_a_row_house_mother_pounding_the_door_neighbours_boy_found_it_on_the_metrobus_deescalated",
        ],
        {"de-escalation": 132, "escalation": 80, "context": 3, "outcome": 9},
        {
            ("de-escalation", "officer_communication"): 101,
            ("de-escalation", "officer_tactics"): 9,
            ("de-escalation", "civilian"): 18,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 46,
            ("escalation", "civilian"): 34,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 9,
        },
    ),
    "fresh34": (
        [
            "cambridge_the_backs_july_evening_student_in_a_straw_boater_punting_tourists_for_cash_without_a_licence_words_of_advice_calm",
            "derbyshire_village_show_marquee_prize_marrow_slashed_the_night_before_two_allotment_neighbours_deescalated",
            "newcastle_bigg_market_saturday_midnight_best_man_on_a_stag_weeing_in_a_bank_doorway_wont_give_his_name_arrest_escalating",
            "oxford_isis_towpath_dawn_outing_college_cox_fainted_by_the_boathouses_weeks_of_barely_eating_crew_captain_rang_crisis",
            "salt_lake_city_liberty_park_saturday_taco_truck_without_a_park_permit_generator_by_the_splash_pad_citation_escalating",
            "san_antonio_quinceanera_hall_dj_pulls_the_plug_over_the_unpaid_balance_father_of_the_girl_deescalated",
            "stromness_pier_head_orkney_december_gale_ferry_cancelled_lorry_driver_asleep_in_the_marshalling_lane_engine_running_calm",
            "surrey_box_hill_zig_zag_road_sunday_sportive_rider_came_off_cracked_helmet_asking_the_same_question_ambulance_crisis",
        ],
        {"de-escalation": 129, "escalation": 60, "context": 2, "outcome": 9},
        {
            ("de-escalation", "officer_communication"): 100,
            ("de-escalation", "officer_tactics"): 9,
            ("de-escalation", "civilian"): 18,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 38,
            ("escalation", "civilian"): 22,
            ("context", "crisis"): 2,
            ("outcome", "outcome"): 9,
        },
    ),
    "fresh35": (
        [
            "albuquerque_lomas_supermarket_lot_august_saturday_chile_roaster_smoke_over_the_bus_stop_driver_rang_in_a_car_fire_calm",
            "baltimore_north_avenue_sunday_ride_out_nineteen_year_old_pushing_his_dirt_bike_into_the_gas_station_impounded_citation_escalating",
            "herefordshire_lane_below_ledbury_june_sunday_dusk_fifteen_year_old_on_the_farm_quad_fetching_his_nans_inhaler_words_of_advice_calm",
            "leeds_kirkgate_market_saturday_fish_row_vegan_vigil_with_a_laptop_screen_fishmonger_threatens_a_scoop_of_ice_deescalated",
            "malham_cove_footpath_april_lambing_springer_off_the_lead_in_the_in_lamb_ewes_owner_shoves_the_farmer_arrest_escalating",
            "moore_oklahoma_morning_after_the_tornado_retired_lineman_digging_his_slab_for_the_dog_chest_pain_into_the_arm_crisis",
            "potter_county_pennsylvania_rifle_opener_dawn_buck_dies_over_the_posted_line_pittsburgh_hunter_and_the_widow_landowner_deescalated",
            "southampton_western_docks_gate_ten_four_am_filipino_deckhand_unpaid_five_months_captain_holds_his_passport_quay_edge_crisis",
        ],
        {"de-escalation": 136, "escalation": 66, "context": 3, "outcome": 9},
        {
            ("de-escalation", "officer_communication"): 106,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 16,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 37,
            ("escalation", "civilian"): 29,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 9,
        },
    ),
    "fresh36": (
        [
            "boulder_university_hill_september_night_black_bear_in_the_sorority_dumpster_unlatched_lid_written_warning_calm",
            "caboolture_strawberry_farm_october_evening_german_backpacker_bitten_by_a_brown_snake_in_the_rows_pressure_bandage_crisis",
            "donegal_gweedore_irish_college_july_night_three_dublin_teenagers_out_past_the_ceili_to_see_the_shipwreck_bean_an_ti_rang_calm",
            "glasgow_dennistoun_back_court_race_day_pigeon_loft_and_the_new_dads_washing_claw_hammer_deescalated",
            "kansas_city_westport_two_am_rideshare_passenger_under_a_diner_booth_sure_the_driver_means_to_kill_her_co_responder_crisis",
            "montreal_rosemont_july_first_moving_day_two_households_with_leases_for_the_same_flat_landlord_not_answering_deescalated",
            "stonehenge_midsummer_solstice_dawn_reveller_up_on_a_trilithon_lintel_gives_his_name_as_gandalf_arrest_escalating",
            "sturgis_main_street_august_rally_night_ohio_rider_burnout_at_the_light_smokes_out_a_stroller_refuses_to_sign_citation_escalating",
        ],
        {"de-escalation": 130, "escalation": 60, "context": 3, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 101,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 15,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 38,
            ("escalation", "civilian"): 22,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh37": (
        [
            "adelaide_hills_lobethal_catastrophic_fire_day_widowed_apple_grower_on_the_veranda_with_a_garden_hose_her_ashes_under_the_granny_smith_crisis",
            "denver_international_concourse_b_six_am_offloaded_passenger_wont_leave_seat_fourteen_c_flight_attendant_called_a_cow_trespass_arrest_escalating",
            "kaikoura_holiday_park_january_evening_toddler_swallowed_the_button_battery_from_the_car_key_manuka_honey_rescue_helicopter_crisis",
            "liverpool_bold_street_saturday_one_am_just_engaged_his_nans_ring_down_the_grid_man_flat_in_the_road_cabbie_rang_calm",
            "lubbock_county_grain_elevator_october_sunset_senior_portraits_on_the_bnsf_main_line_photographer_criminal_trespass_citation_escalating",
            "nairobi_ngong_road_sunday_morning_boda_boda_rider_with_a_wedding_sofa_and_his_cousin_holding_it_on_warning_calm",
            "tenerife_playa_de_las_americas_august_seven_am_towels_on_the_shaded_sunbeds_two_british_dads_policia_local_deescalated",
            "yukon_takhini_river_trail_february_dog_musher_waves_his_race_axe_at_the_snowmobiler_who_spooked_his_team_rcmp_deescalated",
        ],
        {"de-escalation": 132, "escalation": 73, "context": 3, "outcome": 9},
        {
            ("de-escalation", "officer_communication"): 102,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 16,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 47,
            ("escalation", "civilian"): 26,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 9,
        },
    ),
    "fresh38": (
        [
            "fiji_coral_coast_village_sunday_service_australian_kite_school_rigs_on_the_fishing_ground_gear_carried_to_the_church_hall_sevusevu_deescalated",
            "ladakh_south_pullu_checkpost_july_afternoon_pune_biker_staggering_below_khardung_la_altitude_sickness_oxygen_down_to_leh_crisis",
            "lofoten_flakstad_church_june_midnight_sun_italian_cyclists_tent_between_the_graves_bike_on_his_wifes_headstone_widower_rang_calm",
            "maine_stonington_town_dock_august_five_am_lobsterman_with_the_young_fishermans_buoys_on_his_deck_molesting_lobster_gear_arrest_escalating",
            "makati_bpo_tower_roof_deck_five_am_call_centre_agent_let_go_at_the_end_of_his_shift_on_the_ledge_breadwinner_for_samar_crisis",
            "nassau_potters_cay_dock_cruise_saturday_conch_salad_widow_and_the_young_vendors_cooler_in_front_of_her_window_deescalated",
            "prampram_greater_accra_saturday_afternoon_dancing_pallbearers_with_the_old_fishermans_coffin_on_the_ada_road_tanker_stuck_behind_the_band_calm",
            "rottnest_island_leavers_week_eleven_pm_school_leaver_dropkicks_a_quokka_for_a_video_outside_the_bakery_animal_cruelty_summons_escalating",
        ],
        {"de-escalation": 135, "escalation": 71, "context": 4, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 103,
            ("de-escalation", "officer_tactics"): 13,
            ("de-escalation", "civilian"): 17,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 46,
            ("escalation", "civilian"): 25,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh39": (
        [
            "christchurch_riccarton_supermarket_saturday_morning_aftershock_february_quake_survivor_curled_under_till_six_crisis_team_crisis",
            "dominica_portsmouth_school_shelter_after_the_hurricane_dialysis_patient_six_days_missed_wont_leave_his_mother_coast_guard_boat_crisis",
            "mauritius_trou_aux_biches_sunday_afternoon_resort_guard_throws_a_creole_familys_picnic_mats_on_the_rocks_pas_geometriques_deescalated",
            "penang_gurney_drive_hawker_centre_friday_night_retired_teacher_drove_home_in_the_wrong_silver_myvi_her_key_fitted_owner_rang_it_stolen_calm",
            "reading_oxford_road_gym_car_park_november_evening_cowboy_clamper_wants_three_hundred_cash_from_a_mum_with_her_baby_blackmail_arrest_escalating",
            "rome_trevi_fountain_two_am_ohio_student_wading_in_scooping_coins_for_a_video_daspo_and_a_four_hundred_fifty_euro_fine_citation_escalating",
            "shetland_scalloway_pier_december_night_widowers_christmas_lights_blinking_red_on_the_mast_coastguard_took_them_for_a_distress_flare_calm",
            "stuart_highway_mataranka_roadhouse_two_am_grey_nomads_caravan_across_the_only_diesel_bowser_cattle_road_train_driver_with_a_tyre_lever_deescalated",
        ],
        {"de-escalation": 133, "escalation": 57, "context": 5, "outcome": 7},
        {
            ("de-escalation", "officer_communication"): 102,
            ("de-escalation", "officer_tactics"): 13,
            ("de-escalation", "civilian"): 15,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 37,
            ("escalation", "civilian"): 20,
            ("context", "crisis"): 5,
            ("outcome", "outcome"): 7,
        },
    ),
    "fresh40": (
        [
            "bali_uluwatu_temple_sunset_canadian_influencer_up_on_the_shrine_wall_for_golden_hour_kicked_the_offering_pecalang_fetched_police_place_of_worship_arrest_escalating",
            "cork_shandon_terrace_tuesday_morning_milk_still_on_the_step_pensioner_all_night_on_the_hall_floor_hip_gone_wont_leave_his_wife_with_dementia_crisis",
            "detroit_east_side_fairview_street_august_morning_water_shutoff_contractor_and_a_mother_of_three_sitting_on_the_curb_box_payment_plan_by_phone_deescalated",
            "galle_fort_clock_tower_noon_tuk_tuk_driver_keeps_a_dutch_backpackers_bag_over_an_hour_waiting_at_jungle_beach_tourist_police_deescalated",
            "johannesburg_jan_smuts_avenue_friday_night_roadblock_expired_disc_range_rover_driver_offers_five_hundred_rand_for_a_cold_drink_corruption_arrest_escalating",
            "lagos_third_mainland_bridge_eleven_pm_corolla_died_coming_back_from_a_wedding_woman_alone_sure_the_rrs_patrol_are_one_chance_robbers_husband_on_speaker_calm",
            "mumbai_marine_drive_one_am_neet_results_night_second_attempt_student_from_latur_on_the_tetrapods_phone_thrown_in_the_sea_uncle_from_dadar_tele_manas_crisis",
            "rarotonga_ara_tapu_saturday_market_morning_invercargill_pensioners_two_up_on_a_hire_scooter_no_helmets_his_car_licence_her_class_six_warning_calm",
        ],
        {"de-escalation": 154, "escalation": 56, "context": 4, "outcome": 9},
        {
            ("de-escalation", "officer_communication"): 125,
            ("de-escalation", "officer_tactics"): 11,
            ("de-escalation", "civilian"): 15,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 41,
            ("escalation", "civilian"): 15,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 9,
        },
    ),
    "fresh41": (
        [
            "apia_vailima_sunday_before_dawn_kiwi_retiree_over_the_fence_with_a_rake_at_the_neighbours_eleven_roosters_son_lighting_the_umu_with_the_coconut_knife_deescalated",
            "athens_acropolis_south_slope_july_heatwave_noon_site_shut_for_the_heat_cruise_passenger_argued_at_the_gate_then_sat_down_confused_son_of_fifteen_ship_sails_at_six_crisis",
            "dubai_sheikh_zayed_road_petrol_station_thursday_night_british_estate_agent_tailgated_a_land_cruiser_and_gave_the_finger_dashcam_refuses_to_apologise_insult_arrest_escalating",
            "georgetown_seawall_by_the_pegasus_saturday_night_man_deported_after_twenty_two_years_in_queens_goodbye_voice_note_to_his_daughter_swallowed_weedkiller_crisis",
            "gotland_ljugarn_hay_meadow_midsummer_eve_dutch_family_camper_van_and_tent_under_the_farmhouse_window_allemansratten_farmer_with_the_slurry_tanker_deescalated",
            "providenciales_airport_departures_sunday_noon_oklahoma_deer_hunter_with_four_rifle_rounds_in_his_carry_on_tsa_missed_them_in_tulsa_ammunition_arrest_escalating",
            "swakopmund_c28_gravel_plains_sunday_afternoon_saskatchewan_wheat_farmer_and_his_daughter_drove_the_hire_hilux_across_the_lichen_field_for_a_dune_video_warning_calm",
            "zonnebeke_tyne_cot_car_park_april_morning_iron_harvest_retired_stoke_history_teacher_took_a_great_war_shell_from_the_farmers_pile_for_his_class_dovo_calm",
        ],
        {"de-escalation": 163, "escalation": 76, "context": 3, "outcome": 7},
        {
            ("de-escalation", "officer_communication"): 130,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 19,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 47,
            ("escalation", "civilian"): 29,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 7,
        },
    ),
    "fresh42": (
        [
            "copenhagen_dronning_louises_bro_monday_rush_hour_san_diego_tourist_braked_his_hire_e_bike_in_the_cycle_lane_for_the_swans_mother_tipped_her_cargo_bike_with_two_children_in_the_box_deescalated",
            "cusco_plaza_de_armas_tuesday_morning_el_paso_tourist_photographed_a_chinchero_grandmother_and_her_baby_alpaca_walked_off_without_paying_she_held_his_phone_strap_deescalated",
            "krakow_rynek_glowny_saturday_one_am_newcastle_stag_party_best_man_up_the_mickiewicz_monument_in_a_mankini_refused_the_five_hundred_zloty_fine_arrest_escalating",
            "kyoto_gion_shirakawa_private_lane_april_evening_perth_tourist_took_a_maikos_sleeve_for_a_selfie_neighbourhood_volunteer_called_the_koban_warning_calm",
            "oaxaca_xoxocotlan_old_cemetery_day_of_the_dead_midnight_two_london_students_in_catrina_paint_sitting_on_a_grandfathers_grave_with_mezcal_and_flash_photos_invited_to_the_mat_calm",
            "santiago_de_compostela_praza_do_obradoiro_june_noon_dayton_widower_of_sixty_seven_walked_the_camino_with_his_daughter_chest_pain_and_a_heavy_arm_wants_his_compostela_first_crisis",
            "tucson_picture_rocks_road_saguaro_national_park_west_dusk_mesa_landscaper_with_a_young_saguaro_dug_from_the_wash_in_his_truck_bed_no_tag_search_citation_escalating",
            "varanasi_dashashwamedh_ghat_after_the_evening_aarti_basel_backpacker_three_nights_awake_after_a_bhang_lassi_waist_deep_in_the_ganga_says_the_river_calls_him_crisis",
        ],
        {"de-escalation": 147, "escalation": 68, "context": 4, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 113,
            ("de-escalation", "officer_tactics"): 12,
            ("de-escalation", "civilian"): 19,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 47,
            ("escalation", "civilian"): 21,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh43": (
        [
            "bangkok_khao_san_road_friday_midnight_liverpool_backpacker_vaping_outside_a_seven_eleven_bumbag_with_twenty_disposables_for_the_hostel_walks_off_search_arrest_escalating",
            "bonnieux_luberon_farmhouse_september_midnight_retired_english_vicar_with_parkinsons_rang_the_gendarmes_about_three_children_in_white_in_his_lavender_new_tablets_since_monday_crisis",
            "dubrovnik_old_town_stairs_off_prijeko_july_five_am_manchester_family_rolling_four_suitcases_to_the_korcula_ferry_widow_of_eighty_one_threw_a_bucket_of_water_from_her_window_deescalated",
            "helsinki_hernesaari_public_sauna_january_night_valencia_exchange_student_rang_112_about_a_naked_man_lying_in_the_snow_and_a_bucket_thrown_at_him_two_old_swimmers_cooling_off_calm",
            "kundl_a12_inn_valley_checkpoint_tuesday_dawn_hull_lorry_driver_with_a_magnet_on_the_tachograph_sensor_boss_on_the_speakerphone_cab_searched_five_thousand_euro_deposit_citation_escalating",
            "lahore_walled_city_rooftop_february_sunday_afternoon_bradford_father_and_his_son_of_eleven_flying_a_kite_on_glass_coated_string_over_the_bazaar_road_rickshaw_driver_caught_it_warning_calm",
            "marrakech_jemaa_el_fna_caleche_rank_august_afternoon_ghent_veterinary_nurse_took_the_reins_of_a_horse_standing_lame_in_the_heat_driver_shouting_thief_stone_in_the_hoof_deescalated",
            "titisee_black_forest_campsite_october_evening_edinburgh_father_and_son_of_sixteen_ate_forest_mushrooms_in_an_omelette_at_lunch_vomiting_ten_hours_later_death_cap_poison_centre_crisis",
        ],
        {"de-escalation": 133, "escalation": 62, "context": 2, "outcome": 8},
        {
            ("de-escalation", "officer_communication"): 105,
            ("de-escalation", "officer_tactics"): 8,
            ("de-escalation", "civilian"): 16,
            ("de-escalation", "crisis"): 4,
            ("escalation", "officer_escalation"): 43,
            ("escalation", "civilian"): 19,
            ("context", "crisis"): 2,
            ("outcome", "outcome"): 8,
        },
    ),
    "fresh44": (
        [
            "budapest_szechenyi_baths_outdoor_pool_january_afternoon_preston_tourist_lost_three_games_and_ten_thousand_forints_to_a_widower_of_seventy_nine_swept_his_chess_pieces_into_the_water_deescalated",
            "cesky_krumlov_old_town_june_saturday_evening_ottawa_librarian_rang_158_about_a_bride_carried_kicking_into_a_car_by_two_laughing_men_wedding_custom_groom_pays_the_pub_bill_calm",
            "hiiumaa_ice_road_rohukula_february_evening_surrey_property_developer_drove_round_the_closed_barrier_onto_the_sea_ice_seat_belts_off_turned_back_behind_the_patrol_two_hundred_euro_fine_citation_escalating",
            "jordan_dead_sea_amman_tourist_beach_august_afternoon_cleveland_retired_firefighter_rolled_onto_his_front_for_a_photo_swallowed_the_water_choking_eyes_burning_civil_defence_ambulance_crisis",
            "pamplona_calle_estafeta_san_fermin_july_morning_wagga_wagga_roofer_drunk_since_the_fireworks_with_a_selfie_stick_on_the_bull_run_course_climbed_back_in_after_the_rocket_search_arrest_escalating",
            "seoul_mangwon_dong_apartment_stairwell_november_night_walsall_english_teacher_skipping_rope_after_eleven_retired_bus_driver_from_below_with_a_rubber_mallet_wife_home_from_heart_surgery_deescalated",
            "stintino_la_pelosa_beach_car_park_august_evening_melbourne_accountant_and_her_daughter_of_nine_two_bottles_of_white_sand_and_a_jar_of_shells_for_show_and_tell_poured_back_warning_calm",
            "zermatt_mountaineers_cemetery_august_one_am_galway_climber_whose_partner_fell_from_the_hornli_ridge_yesterday_goodbye_letter_on_his_bed_guesthouse_owner_rang_care_team_from_visp_crisis",
        ],
        {"de-escalation": 142, "escalation": 65, "context": 3, "outcome": 7},
        {
            ("de-escalation", "officer_communication"): 116,
            ("de-escalation", "officer_tactics"): 7,
            ("de-escalation", "civilian"): 16,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 43,
            ("escalation", "civilian"): 22,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 7,
        },
    ),
    "fresh45": (
        [
            "angkor_ta_prohm_march_noon_swindon_holidaymaker_carving_a_heart_and_initials_into_the_temple_sandstone_with_her_house_key_boyfriend_filming_search_arrest_escalating",
            "dahab_blue_hole_beach_november_morning_nelson_freediver_blacked_out_near_the_surface_coughing_blood_wants_one_more_dive_instructor_oxygen_ambulance_to_sharm_crisis",
            "istanbul_galata_bridge_october_evening_cork_bus_mechanic_hooked_by_a_fishermans_cast_pulled_free_rod_over_the_rail_into_the_golden_horn_fisherman_grabbed_his_rucksack_deescalated",
            "romania_night_train_bucharest_to_cluj_brasov_stop_two_am_hull_retired_midwife_sure_the_violinist_in_the_next_berth_stole_her_handbag_found_behind_her_own_mattress_deescalated",
            "sighnaghi_kakheti_guesthouse_courtyard_september_harvest_evening_dundee_joiner_silent_four_days_phone_dropped_in_the_qvevri_mother_rang_the_embassy_welfare_check_calm",
            "taipei_mrt_zhongxiao_fuxing_platform_weekday_rush_hour_edmonton_sales_engineer_drinking_bubble_tea_inside_the_gates_would_not_show_his_passport_complaint_citation_escalating",
            "trakia_motorway_near_plovdiv_july_afternoon_two_welsh_students_hitchhiking_to_istanbul_for_a_childrens_hospice_on_the_hard_shoulder_lift_to_the_services_warning_calm",
            "victoria_falls_zambian_side_knife_edge_path_june_dusk_bakersfield_travel_vlogger_past_the_rail_after_a_video_mocking_a_waiter_went_viral_guide_ran_for_the_police_counsellor_crisis",
        ],
        {"de-escalation": 138, "escalation": 64, "context": 2, "outcome": 7},
        {
            ("de-escalation", "officer_communication"): 114,
            ("de-escalation", "officer_tactics"): 10,
            ("de-escalation", "civilian"): 12,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 41,
            ("escalation", "civilian"): 23,
            ("context", "crisis"): 2,
            ("outcome", "outcome"): 7,
        },
    ),
    "fresh46": (
        [
            "alta_badia_brigata_tridentina_via_ferrata_august_afternoon_storm_coming_swansea_teacher_frozen_at_the_suspension_bridge_cant_breathe_panic_attacks_since_her_fathers_death_crossed_clipped_to_the_carabiniera_crisis",
            "hanoi_hoan_kiem_lake_walking_street_saturday_night_regina_retired_pharmacist_phone_snatched_by_a_motorbike_pillion_her_late_husbands_voice_messages_banh_mi_seller_saw_the_plate_report_calm",
            "jasna_chopok_red_run_february_afternoon_bristol_student_snowboarder_came_over_a_blind_roll_and_knocked_down_a_boy_of_ten_limerick_father_pushed_him_into_the_snow_ski_patrol_checked_the_knee_deescalated",
            "llangollen_canal_trevor_water_point_july_dawn_columbus_family_two_nights_moored_on_the_tap_liveaboard_widow_untied_their_ropes_hire_boat_drifted_across_the_cut_children_asleep_deescalated",
            "longyearbyen_svalbard_may_evening_in_full_daylight_duluth_glaciology_student_walking_out_past_the_polar_bear_sign_without_a_rifle_guide_rang_the_governor_refused_to_turn_back_arrest_escalating",
            "munich_oktoberfest_theresienwiese_september_night_buffalo_dentist_with_a_litre_mass_glass_from_the_tent_in_his_backpack_stopped_at_the_exit_by_security_bag_searched_theft_notice_citation_escalating",
            "porto_igreja_do_carmo_october_evening_at_closing_coventry_software_tester_lost_his_parents_savings_in_a_crypto_coin_box_of_sleeping_tablets_in_the_last_pew_sacristan_rang_inem_psychologist_crisis",
            "valparaiso_cerro_concepcion_stairway_february_afternoon_whitstable_sign_writer_painting_a_blue_fishing_boat_on_a_widows_wall_neighbour_rang_it_in_as_graffiti_she_had_asked_him_calm",
        ],
        {"de-escalation": 137, "escalation": 54, "context": 4, "outcome": 7},
        {
            ("de-escalation", "officer_communication"): 116,
            ("de-escalation", "officer_tactics"): 9,
            ("de-escalation", "civilian"): 10,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 33,
            ("escalation", "civilian"): 21,
            ("context", "crisis"): 4,
            ("outcome", "outcome"): 7,
        },
    ),
    "fresh47": (
        [
            "cartagena_plaza_de_santo_domingo_january_evening_kelowna_backpacker_selling_bracelets_under_a_fund_my_travels_sign_no_permit_would_not_show_his_passport_comparendo_citation_escalating",
            "carthage_presidence_tgm_station_may_morning_crewe_retired_railway_signalman_long_lens_on_the_presidential_palace_wall_would_not_show_his_photos_camera_searched_three_deleted_warning_complaint_escalating",
            "ghorepani_acap_checkpost_november_morning_tauranga_surveyor_and_her_porter_from_gorkha_bag_put_down_on_the_trail_twenty_seven_kilos_on_the_lodge_scale_books_and_tripod_left_behind_tourist_police_deescalated",
            "manuel_antonio_road_above_quepos_october_afternoon_rain_tacoma_icu_nurse_stopped_her_hire_car_on_the_bend_to_carry_a_three_toed_sloth_across_tour_bus_driver_rang_it_in_rescue_centre_number_warning_calm",
            "montevideo_pocitos_roof_terrace_sunday_noon_widower_grilling_the_family_asado_saskatoon_remote_worker_upstairs_turned_a_hose_on_the_parrilla_smoke_in_his_flat_before_a_video_call_deescalated",
            "mostar_stari_most_june_noon_geelong_retired_plumber_filmed_a_bridge_diver_and_was_asked_for_twenty_euros_rang_122_about_extortion_the_diving_clubs_collection_calm",
            "nungwi_zanzibar_beach_bungalow_march_night_waterford_volunteer_teacher_stopped_her_malaria_tablets_a_week_ago_shaking_with_fever_and_wandering_talk_friend_ran_to_the_police_post_ambulance_to_mnazi_mmoja_crisis",
            "wahiba_sands_desert_camp_february_night_norwich_baker_whose_shop_the_bank_took_walked_into_the_dunes_without_water_note_on_her_pillow_camp_manager_rang_the_royal_oman_police_psychiatrist_at_ibra_crisis",
        ],
        {"de-escalation": 132, "escalation": 49, "context": 2, "outcome": 7},
        {
            ("de-escalation", "officer_communication"): 109,
            ("de-escalation", "officer_tactics"): 9,
            ("de-escalation", "civilian"): 12,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 29,
            ("escalation", "civilian"): 20,
            ("context", "crisis"): 2,
            ("outcome", "outcome"): 7,
        },
    ),
    "fresh48": (
        [
            "copacabana_beach_by_posto_cinco_february_sunset_stockport_tourist_sitting_on_the_coconut_sellers_son_of_fifteen_sure_he_took_his_phone_it_was_in_his_own_bumbag_assault_arrest_escalating",
            "furnas_sao_miguel_azores_cooking_holes_by_the_lake_september_morning_harrogate_retired_librarian_lifted_the_sack_off_a_restaurants_cozido_pot_cook_grabbed_her_arm_psp_deescalated",
            "kigali_kimihurura_last_saturday_of_march_umuganda_morning_ballarat_retired_pe_teacher_jogged_under_the_road_closure_rope_in_headphones_village_chief_offered_a_hoe_for_the_drain_calm",
            "lake_ohrid_below_kaneo_august_night_wollongong_retired_steelworker_born_on_the_shore_rowed_out_with_beach_stones_in_his_pockets_letter_to_his_son_niece_rang_police_launch_psychiatrist_crisis",
            "ljubljana_preseren_square_street_piano_june_evening_bendigo_busker_three_hours_livestreaming_for_tips_retired_accompanist_shut_the_lid_on_his_fingers_before_her_choir_deescalated",
            "thimphu_clock_tower_square_october_afternoon_spokane_tourist_smoking_by_the_prayer_wheel_would_not_say_how_many_cartons_bag_searched_five_cartons_no_duty_receipt_seized_fine_citation_escalating",
            "ulaanbaatar_railway_station_platform_two_may_morning_lethbridge_retired_grain_inspector_off_the_train_from_moscow_breathless_with_a_swollen_calf_compartment_student_fetched_police_oxygen_ambulance_to_shastin_crisis",
            "vang_vieng_nam_song_riverbank_january_dusk_sligo_backpacker_rang_the_tourist_police_toowoomba_friend_not_back_from_tubing_found_on_a_rice_farmers_porch_with_skinned_knees_calm",
        ],
        {"de-escalation": 121, "escalation": 61, "context": 3, "outcome": 6},
        {
            ("de-escalation", "officer_communication"): 99,
            ("de-escalation", "officer_tactics"): 10,
            ("de-escalation", "civilian"): 9,
            ("de-escalation", "crisis"): 3,
            ("escalation", "officer_escalation"): 35,
            ("escalation", "civilian"): 26,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 6,
        },
    ),
    "fresh49": (
        [
            "almaty_abay_metro_station_november_evening_lowestoft_retired_ferry_engineer_handed_in_an_envelope_of_wedding_dollars_left_on_the_platform_bench_grooms_father_came_back_on_the_next_train_calm",
            "antigua_guatemala_calle_del_arco_good_friday_before_dawn_missoula_tourist_smelling_of_rum_walked_across_a_familys_sawdust_carpet_for_a_video_and_pushed_the_father_into_a_wall_assault_arrest_search_escalating",
            "gjirokaster_old_bazaar_june_afternoon_kamloops_retired_dental_hygienist_followed_the_satnav_up_a_lane_that_turned_to_steps_hire_car_wedged_by_the_lace_shop_inspector_backed_it_down_calm",
            "kotor_old_town_konoba_by_the_sea_gate_august_night_basingstoke_tourist_grabbed_the_waiters_shirt_over_a_sea_bass_priced_by_the_hundred_grams_would_not_show_his_passport_misdemeanour_fine_citation_escalating",
            "masaya_volcano_santiago_crater_viewpoint_january_night_gisborne_airline_captain_grounded_for_a_heart_murmur_stayed_over_the_rope_after_time_was_called_ranger_fetched_police_psychologist_crisis",
            "oia_santorini_hotel_roof_terrace_september_sunrise_dundalk_honeymooner_stood_in_a_wedding_photographers_booked_hour_he_pulled_her_selfie_stick_and_the_phone_fell_to_the_roof_below_hellenic_police_deescalated",
            "riga_town_hall_square_july_morning_nanaimo_free_walking_tour_guide_and_the_latvian_guide_who_snapped_his_yellow_umbrella_over_the_ten_oclock_spot_by_the_roland_statue_municipal_police_deescalated",
            "sal_cape_verde_santa_maria_pier_march_afternoon_athlone_family_boy_of_two_with_an_ear_infection_fitting_with_a_fever_as_the_tuna_boats_came_in_ambulance_to_the_health_centre_crisis",
        ],
        {"de-escalation": 123, "escalation": 64, "context": 3, "outcome": 6},
        {
            ("de-escalation", "officer_communication"): 100,
            ("de-escalation", "officer_tactics"): 10,
            ("de-escalation", "civilian"): 11,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 40,
            ("escalation", "civilian"): 24,
            ("context", "crisis"): 3,
            ("outcome", "outcome"): 6,
        },
    ),
    "fresh50": (
        [
            "baku_old_city_cash_machine_by_the_maiden_tower_april_afternoon_peterhead_retired_school_cook_on_a_fake_kidnap_call_for_her_daughter_panic_at_the_withdrawal_limit_daughter_safe_at_gobustan_paramedics_crisis",
            "belgrade_tram_two_stop_below_kalemegdan_november_afternoon_truro_exchange_student_kept_the_front_seat_pensioner_with_a_new_hip_rapped_his_knee_with_her_walking_stick_driver_stopped_the_tram_deescalated",
            "buenos_aires_san_telmo_rented_flat_february_sunday_noon_ipswich_retired_postmistress_locked_out_on_the_balcony_in_her_dressing_gown_eggs_boiling_on_the_stove_caretaker_brought_the_master_key_calm",
            "panama_canal_miraflores_locks_viewing_terrace_march_afternoon_doncaster_tourist_climbed_the_rail_onto_the_lock_wall_to_film_a_container_ship_restricted_zone_fine_citation_escalating",
            "samarkand_street_by_the_siab_bazaar_september_morning_guelph_touring_cyclist_and_the_taxi_driver_who_opened_his_door_into_him_buckled_wheel_bent_door_half_each_to_the_wheel_man_deescalated",
            "varadero_beach_by_the_calle_cuarenta_access_july_afternoon_stirling_retired_bus_driver_stung_across_the_chest_by_a_portuguese_man_o_war_allergic_to_wasps_short_of_breath_ambulance_to_the_international_clinic_crisis",
            "vilnius_old_town_pilies_street_may_night_grimsby_tourist_on_his_fortieth_birthday_up_on_a_bench_unscrewing_a_street_name_plate_second_plate_in_his_bag_theft_arrest_search_escalating",
            "yerevan_cascade_steps_october_evening_ballymena_retired_school_caretaker_lost_his_coach_tour_no_hotel_name_only_a_key_card_with_mount_ararat_guide_fetched_him_calm",
        ],
        {"de-escalation": 115, "escalation": 59, "context": 2, "outcome": 6},
        {
            ("de-escalation", "officer_communication"): 90,
            ("de-escalation", "officer_tactics"): 9,
            ("de-escalation", "civilian"): 14,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 33,
            ("escalation", "civilian"): 26,
            ("context", "crisis"): 2,
            ("outcome", "outcome"): 6,
        },
    ),
    "fresh51": (
        [
            "biarritz_grande_plage_august_evening_newquay_surfer_paddled_out_under_the_red_flag_and_swore_at_the_lifeguard_who_held_his_leash_municipal_police_brigadier_warning_escalating",
            "bruges_langerei_rented_canal_house_november_night_whanganui_retired_church_organist_set_off_the_burglar_alarm_wrong_code_in_the_owners_email_neighbour_saw_a_torch_owner_rang_from_spain_calm",
            "caceres_old_town_convent_school_fence_may_morning_kirkcaldy_retired_postman_birdwatcher_with_a_long_lens_on_the_storks_nesting_on_the_school_bell_tower_teacher_rang_the_policia_local_calm",
            "goreme_cappadocia_balloon_launch_field_june_dawn_bunbury_backpacker_awake_four_nights_off_her_tablets_sure_the_balloons_were_filming_her_thoughts_friend_rang_the_jandarma_ambulance_with_a_doctor_crisis",
            "luxor_karnak_temple_hypostyle_hall_april_noon_leominster_retired_dairy_farmer_doubled_over_against_a_column_with_a_kidney_stone_vomiting_wife_feared_his_heart_ambulance_to_the_international_hospital_crisis",
            "sarajevo_bascarsija_coppersmiths_street_august_afternoon_wrexham_father_whose_boy_of_three_chased_the_pigeons_into_a_stand_of_coffee_sets_the_coppersmith_took_his_arm_he_shoved_him_deescalated",
            "tbilisi_vake_park_october_morning_moncton_exchange_teacher_whose_spaniel_ran_off_the_lead_at_an_old_georgian_sheepdog_ear_bitten_she_kicked_the_dog_its_owner_pushed_her_vet_together_deescalated",
            "venice_cannaregio_rio_della_misericordia_july_afternoon_accrington_tourist_dived_off_a_footbridge_on_a_dare_sat_dripping_on_a_gondola_pontoon_swimming_fine_and_forty_eight_hour_removal_order_citation_escalating",
        ],
        {"de-escalation": 118, "escalation": 56, "context": 2, "outcome": 5},
        {
            ("de-escalation", "officer_communication"): 91,
            ("de-escalation", "officer_tactics"): 10,
            ("de-escalation", "civilian"): 15,
            ("de-escalation", "crisis"): 2,
            ("escalation", "officer_escalation"): 30,
            ("escalation", "civilian"): 26,
            ("context", "crisis"): 2,
            ("outcome", "outcome"): 5,
        },
    ),
}

#: Script lines per blind split (labelled or not), so a line dropped or added shows up.
LINES = {
    "fresh": 128,
    "fresh2": 147,
    "fresh3": 175,
    "fresh4": 201,
    "fresh5": 180,
    "fresh6": 200,
    "fresh7": 227,
    "fresh8": 247,
    "fresh9": 216,
    "fresh10": 231,
    "fresh11": 221,
    "fresh12": 209,
    "fresh13": 208,
    "fresh14": 193,
    "fresh15": 171,
    "fresh16": 178,
    "fresh17": 200,
    "fresh18": 201,
    "fresh19": 202,
    "fresh20": 219,
    "fresh21": 223,
    "fresh22": 220,
    "fresh23": 220,
    "fresh24": 219,
    "fresh25": 228,
    "fresh26": 207,
    "fresh27": 211,
    "fresh28": 207,
    "fresh29": 203,
    "fresh30": 205,
    "fresh31": 201,
    "fresh32": 203,
    "fresh33": 213,
    "fresh34": 204,
    "fresh35": 205,
    "fresh36": 208,
    "fresh37": 201,
    "fresh38": 201,
    "fresh39": 199,
    "fresh40": 209,
    "fresh41": 202,
    "fresh42": 202,
    "fresh43": 204,
    "fresh44": 200,
    "fresh45": 191,
    "fresh46": 182,
    "fresh47": 173,
    "fresh48": 179,
    "fresh49": 182,
    "fresh50": 180,
    "fresh51": 177,
}


def test_the_blind_splits_come_after_dev_and_heldout():
    assert SPLITS[:2] == ("dev", "heldout")
    # EXPECTED names the blind splits in the order they were written (sorted() would put
    # "fresh10" before "fresh2").
    assert SPLITS[2:] == tuple(EXPECTED)


def test_a_split_is_blind_until_scored():
    # fresh6 joined the training splits in session 10, fresh7 in session 11 and fresh8 in
    # session 12, each after its blind score was recorded; a split written later stays blind
    # until it is named in TRAINING_SPLITS too.
    assert "fresh6" in TRAINING_SPLITS
    assert "fresh7" in TRAINING_SPLITS
    assert "fresh8" in TRAINING_SPLITS
    assert labelled_lines(["fresh8"])
    with pytest.raises(ValueError, match="'fresh52' is not a training split"):
        labelled_lines(["fresh52"])


def test_the_newest_split_is_training_data_once_scored():
    # fresh9 was written blind in session 12 and joined the training splits in session 13;
    # fresh10 (written in session 14) and fresh11 (written in session 15) joined in session
    # 15, fresh12 (written in session 16) in session 16, fresh13 (written in session 17) in
    # session 17, fresh14 (written in session 17) in session 18, fresh15 (written in session 18)
    # in session 19, fresh16 (written in session 19) in session 21, fresh17 (written in session
    # 21) in session 22, fresh18 (written in session 22) in session 23, fresh19 (written in
    # session 23) in session 24, fresh20 (written in session 24) in session 25, fresh21 (written
    # in session 25) in session 26, fresh22 (written in session 26) in session 27, fresh23
    # (written in session 27) in session 28, fresh24 (written in session 28) in session 29,
    # fresh25 (written in session 29) in session 30, fresh26 and fresh27 (both written in
    # session 30) in session 31, fresh28 (written in session 31) in session 32, and fresh29
    # (written in session 32) and fresh30 (written in session 33) in session 33, and fresh31
    # (written in session 33) and fresh32 (written in session 34) in session 34, and fresh33
    # (written in session 35) in session 35, and fresh34 (written in session 35) in session 36,
    # and fresh35 (written in session 36) in session 37, and fresh36 (written in session 37)
    # in session 38, and fresh37 (written in session 38) in session 39, and fresh38 (written in
    # session 39) in session 40, and fresh39 (written in session 40) in session 41, and fresh40
    # (written in session 41) in session 42, and fresh41 (written in session 42) in session 43,
    # and fresh42 (written in session 43) in session 44, and fresh43 (written in session 44) in
    # session 45, and fresh44 (written in session 45) in session 46, and fresh45 (written in
    # session 46) in session 47, and fresh46 (written in session 47) in session 48, and fresh47
    # (written in session 48) in session 49, and fresh48 (written in session 49) in session 50,
    # and fresh49 (written in session 50) in session 51, and fresh50 (written in session 51) in
    # session 52, each after its blind score was recorded in BENCHMARKS.md.
    for split in ("fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh16"):
        assert split in TRAINING_SPLITS
    assert TRAINING_SPLITS[-3:] == ("fresh48", "fresh49", "fresh50")
    assert labelled_lines(["fresh49"]) and labelled_lines(["fresh50"])
    # Every split written before fresh51 is training data; fresh51 is not (below).
    assert set(SPLITS) - set(TRAINING_SPLITS) == {"fresh51"}


def test_the_newest_split_is_blind():
    # fresh51 was written in session 52, blind to the detectors; nothing may read it as training
    # data until its blind score is recorded and someone names it in TRAINING_SPLITS.
    assert SPLITS[-1] == "fresh51"
    assert "fresh51" not in TRAINING_SPLITS
    with pytest.raises(ValueError, match="'fresh51' is not a training split"):
        labelled_lines(["fresh51"])


@pytest.mark.parametrize("split", sorted(EXPECTED))
def test_split_has_its_encounters_labelled_with_codebook_codes(split):
    names, by_polarity, by_family = EXPECTED[split]
    codebook = default_codebook()
    active = {code.id for code in codebook.active_codes()}
    polarity = {code.id: code.polarity for code in codebook.codes}
    family = {code.id: code.category for code in codebook.codes}
    encounters = load_encounters(split)
    assert [encounter.name for encounter in encounters] == names
    assert sum(len(encounter.lines) for encounter in encounters) == LINES[split]
    for encounter in encounters:
        assert encounter.split == split
        assert encounter.roles[encounter.wearer] == "officer", encounter.name
        assert set(encounter.roles.values()) <= {"officer", "civilian", "dispatch"}
        spans = estimated_times(encounter)
        speech = sum(end - start for start, end in spans)
        assert 60 <= speech <= 130, (encounter.name, speech)
        for line in encounter.lines:
            assert set(line.moments) <= active, (encounter.name, line.text)
            assert not set(line.moments) & _SEEN_ONLY, (encounter.name, line.text)
            assert not any(code.startswith("force_") for code in line.moments), line.text
            assert not any(family[code] == "scene_context" for code in line.moments), line.text
            # A code at most once per line, except directives (README's conventions).
            repeated = {code for code, n in Counter(line.moments).items() if n > 1}
            assert repeated <= {"command", "shouted_or_repeated_command"}, line.text
    moments = [
        moment
        for encounter in encounters
        for moment in reference_moments(encounter, estimated_times(encounter), polarity)
    ]
    assert Counter(moment.polarity for moment in moments) == by_polarity
    assert Counter((moment.polarity, family[moment.code_id]) for moment in moments) == by_family


@pytest.fixture(scope="module")
def names():
    # Loaded once for every split below: each load builds every encounter's script, and doing
    # that per case grew with the square of the number of splits (about 15 s a case on a busy
    # 2-core machine with twelve splits).
    return {name: {e.name for e in load_encounters(name)} for name in SPLITS}


@pytest.mark.parametrize("split", sorted(EXPECTED))
def test_split_is_not_folded_into_the_others(split, names):
    others = set().union(*(found for name, found in names.items() if name != split))
    assert len(names[split]) == len(EXPECTED[split][0])
    assert not names[split] & others
